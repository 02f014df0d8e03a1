<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>bearings::AssessmentRepository</name>
    <message>
        <source>Please choose the relationship this assessment is about.</source>
        <translation>Elige, por favor, la relación de la que trata esta valoración.</translation>
    </message>
    <message>
        <source>This assessment has an answer to a question Bearings does not know (&quot;%1&quot;).</source>
        <translation>Esta valoración tiene una respuesta a una pregunta que Bearings no conoce («%1»).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is answered in your own words, not with a value.</source>
        <translation>La pregunta «%1» se responde con tus propias palabras, no con un valor.</translation>
    </message>
    <message>
        <source>The answer to the question &quot;%1&quot; is %2, but it can only be 0 to %3.</source>
        <translation>La respuesta a la pregunta «%1» es %2, pero solo puede ir de 0 a %3.</translation>
    </message>
    <message>
        <source>This assessment has a reflection on something Bearings does not know (&quot;%1&quot;).</source>
        <translation>Esta valoración tiene una reflexión sobre algo que Bearings no conoce («%1»).</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Esta relación ya no existe.</translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation>Esta valoración ya no existe.</translation>
    </message>
    <message>
        <source>This assessment is already finished, so it stays as it was. You can start a new one.</source>
        <translation>Esta valoración ya está terminada, así que se queda como está. Puedes empezar una nueva.</translation>
    </message>
</context>
<context>
    <name>bearings::BoundaryRepository</name>
    <message>
        <source>Please describe the behaviour this boundary is about.</source>
        <translation>Describe, por favor, la conducta de la que trata este límite.</translation>
    </message>
    <message>
        <source>Please write down your limit.</source>
        <translation>Escribe, por favor, hasta dónde llegas.</translation>
    </message>
    <message>
        <source>Please write down what you will do if the boundary is crossed.</source>
        <translation>Escribe, por favor, lo que harás si se traspasa el límite.</translation>
    </message>
    <message>
        <source>Please keep each part of the boundary under %1 characters. Short boundaries are easier to keep.</source>
        <translation>Mantén cada parte del límite por debajo de %1 caracteres, por favor. Los límites cortos son más fáciles de mantener.</translation>
    </message>
    <message>
        <source>Please give the date and time this happened.</source>
        <translation>Indica, por favor, la fecha y la hora en que pasó.</translation>
    </message>
    <message>
        <source>Please keep the description under %1 characters.</source>
        <translation>Mantén la descripción por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>The relationship for this boundary no longer exists.</source>
        <translation>La relación de este límite ya no existe.</translation>
    </message>
    <message>
        <source>This boundary no longer exists.</source>
        <translation>Este límite ya no existe.</translation>
    </message>
    <message>
        <source>This breach no longer exists.</source>
        <translation>Este incumplimiento ya no existe.</translation>
    </message>
</context>
<context>
    <name>bearings::CheckerRules</name>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;%2&quot; as an object of word lists by language, such as {&quot;en&quot;: [...]}.</source>
        <translation>La regla «%1» necesita «%2» como un objeto de listas de palabras por idioma, por ejemplo {&quot;en&quot;: [...]}.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has word lists for more than %2 languages in &quot;%3&quot;.</source>
        <translation>La regla «%1» tiene listas de palabras para más de %2 idiomas en «%3».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs an English (&quot;en&quot;) list in &quot;%2&quot;.</source>
        <translation>La regla «%1» necesita una lista en inglés («en») en «%2».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has a list in &quot;%2&quot; under &quot;%3&quot;, which is not a language code of two or three lowercase letters.</source>
        <translation>La regla «%1» tiene una lista en «%2» bajo «%3», que no es un código de idioma de dos o tres letras minúsculas.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs a list with at least one entry in &quot;%2&quot; for &quot;%3&quot;.</source>
        <translation>La regla «%1» necesita una lista con al menos una entrada en «%2» para «%3».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has more than %2 entries in &quot;%3&quot; for &quot;%4&quot;.</source>
        <translation>La regla «%1» tiene más de %2 entradas en «%3» para «%4».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an entry in &quot;%2&quot; for &quot;%3&quot; that is not a non-empty string.</source>
        <translation>La regla «%1» tiene una entrada en «%2» para «%3» que no es un texto no vacío.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an entry in &quot;%2&quot; longer than %3 characters.</source>
        <translation>La regla «%1» tiene una entrada en «%2» de más de %3 caracteres.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; lists &quot;%2&quot; more than once in &quot;%3&quot; for &quot;%4&quot;.</source>
        <translation>La regla «%1» incluye «%2» más de una vez en «%3» para «%4».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;%2&quot; as a list of message kinds.</source>
        <translation>La regla «%1» necesita «%2» como una lista de tipos de mensaje.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an unknown message kind &quot;%2&quot; in &quot;%3&quot;.</source>
        <translation>La regla «%1» tiene un tipo de mensaje desconocido, «%2», en «%3».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; lists the kind &quot;%2&quot; more than once in &quot;%3&quot;.</source>
        <translation>La regla «%1» incluye el tipo «%2» más de una vez en «%3».</translation>
    </message>
    <message>
        <source>The word lists of the rule &quot;%1&quot; could not be turned into a search.</source>
        <translation>No se ha podido convertir en una búsqueda las listas de palabras de la regla «%1».</translation>
    </message>
    <message>
        <source>The message checker&apos;s rules are missing from this copy of Bearings.</source>
        <translation>Faltan las reglas de la revisión de mensajes en esta copia de Bearings.</translation>
    </message>
    <message>
        <source>The checker rules are not valid JSON: %1 at character %2.</source>
        <translation>Las reglas de revisión no son JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The checker rules must be a JSON object.</source>
        <translation>Las reglas de revisión tienen que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The checker rules have an unknown field &quot;%1&quot;.</source>
        <translation>Las reglas de revisión tienen un campo desconocido, «%1».</translation>
    </message>
    <message>
        <source>The checker rules need a whole number &quot;format&quot;.</source>
        <translation>Las reglas de revisión necesitan un número entero como «format».</translation>
    </message>
    <message>
        <source>The checker rules have &quot;format&quot; %1; this version of Bearings reads format %2.</source>
        <translation>Las reglas de revisión tienen «format» %1; esta versión de Bearings lee el formato %2.</translation>
    </message>
    <message>
        <source>The checker rules need a &quot;version&quot; that is a whole number above 0.</source>
        <translation>Las reglas de revisión necesitan una «version» que sea un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>The checker rules need a list of &quot;rules&quot; with at least one rule.</source>
        <translation>Las reglas de revisión necesitan una lista «rules» con al menos una regla.</translation>
    </message>
    <message>
        <source>The checker rules list more than %1 rules.</source>
        <translation>Las reglas de revisión tienen más de %1 reglas.</translation>
    </message>
    <message>
        <source>Checker rule %1 must be a JSON object.</source>
        <translation>La regla de revisión %1 tiene que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Checker rule %1 needs an &quot;id&quot; of lowercase letters, digits and dashes.</source>
        <translation>La regla de revisión %1 necesita un «id» de letras minúsculas, cifras y guiones.</translation>
    </message>
    <message>
        <source>The rule id &quot;%1&quot; is used more than once.</source>
        <translation>El id de regla «%1» se usa más de una vez.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an unknown type &quot;%2&quot;.</source>
        <translation>La regla «%1» tiene un tipo desconocido, «%2».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; of type &quot;%2&quot; has a field it does not use: &quot;%3&quot;.</source>
        <translation>La regla «%1» de tipo «%2» tiene un campo que no usa: «%3».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs a &quot;title&quot; of 1 to %2 characters.</source>
        <translation>La regla «%1» necesita un «title» de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs an &quot;explanation&quot; of 1 to %2 characters.</source>
        <translation>La regla «%1» necesita una «explanation» de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;highlight&quot; to name an attribute of the syntax definition, such as &quot;Hedging&quot;.</source>
        <translation>La regla «%1» necesita que «highlight» nombre un atributo de la definición de sintaxis, por ejemplo «Hedging».</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;maxWords&quot;, a whole number from 1 to %2.</source>
        <translation>La regla «%1» necesita «maxWords», un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;minMatches&quot;, a whole number from 1 to %2.</source>
        <translation>La regla «%1» necesita «minMatches», un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;words&quot;, &quot;anyQuestionKinds&quot; or both.</source>
        <translation>La regla «%1» necesita «words», «anyQuestionKinds» o las dos.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has &quot;highlight&quot; but no &quot;words&quot; to highlight.</source>
        <translation>La regla «%1» tiene «highlight» pero ninguna «words» que resaltar.</translation>
    </message>
    <message>
        <source>Blank to fill in</source>
        <extracomment>unfilled-placeholder (title)</extracomment>
        <translation>Hueco por rellenar</translation>
    </message>
    <message>
        <source>“%1” is still a blank; fill it in or take it out before you send this.</source>
        <extracomment>unfilled-placeholder (explanation)</extracomment>
        <translation>«%1» sigue siendo un hueco; rellénalo o quítalo antes de enviar esto.</translation>
    </message>
    <message>
        <source>Long message</source>
        <extracomment>too-long (title)</extracomment>
        <translation>Mensaje largo</translation>
    </message>
    <message>
        <source>Short messages are harder to argue with, and this one runs past %1 words, so see what you can leave out.</source>
        <extracomment>too-long (explanation)</extracomment>
        <translation>Es más difícil discutir un mensaje corto, y este pasa de %1 palabras, así que mira qué puedes quitar.</translation>
    </message>
    <message>
        <source>Long sentence</source>
        <extracomment>long-sentence (title)</extracomment>
        <translation>Frase larga</translation>
    </message>
    <message>
        <source>A sentence of more than %1 words is easy to pick apart; two short ones say it more firmly.</source>
        <extracomment>long-sentence (explanation)</extracomment>
        <translation>Una frase de más de %1 palabras es fácil de desmontar; dos cortas lo dicen con más firmeza.</translation>
    </message>
    <message>
        <source>Explaining a lot</source>
        <extracomment>over-explaining (title)</extracomment>
        <translation>Demasiadas explicaciones</translation>
    </message>
    <message>
        <source>Your decision does not need a case built around it, and each reason you give is one more thing to argue about.</source>
        <extracomment>over-explaining (explanation)</extracomment>
        <translation>Tu decisión no necesita un alegato, y cada motivo que das es una cosa más sobre la que discutir.</translation>
    </message>
    <message>
        <source>Softening words</source>
        <extracomment>hedging (title)</extracomment>
        <translation>Palabras que suavizan</translation>
    </message>
    <message>
        <source>Words like “%1” make a firm point sound open to debate; you are allowed to say it plainly.</source>
        <extracomment>hedging (explanation)</extracomment>
        <translation>Palabras como «%1» hacen que algo firme parezca discutible; tienes derecho a decirlo con claridad.</translation>
    </message>
    <message>
        <source>Apologising</source>
        <extracomment>apologising (title)</extracomment>
        <translation>Pedir perdón</translation>
    </message>
    <message>
        <source>You do not need to apologise for looking after yourself, and leaving it out keeps the message steady.</source>
        <extracomment>apologising (explanation)</extracomment>
        <translation>No tienes que pedir perdón por cuidarte, y sin disculpas el mensaje se mantiene firme.</translation>
    </message>
    <message>
        <source>Opens a negotiation</source>
        <extracomment>invites-negotiation (title)</extracomment>
        <translation>Abre una negociación</translation>
    </message>
    <message>
        <source>A question here invites the other person to bargain over something you have already decided.</source>
        <extracomment>invites-negotiation (explanation)</extracomment>
        <translation>Una pregunta aquí invita a la otra persona a regatear algo que ya has decidido.</translation>
    </message>
    <message>
        <source>About the person, not the behaviour</source>
        <extracomment>character-attack (title)</extracomment>
        <translation>Sobre la persona, no sobre la conducta</translation>
    </message>
    <message>
        <source>This describes who they are rather than what they did, which tends to start an argument; naming the behaviour is easier to hear.</source>
        <extracomment>character-attack (explanation)</extracomment>
        <translation>Esto describe cómo es la persona en lugar de lo que hizo, y eso suele empezar una discusión; nombrar la conducta es más fácil de escuchar.</translation>
    </message>
    <message>
        <source>Always or never</source>
        <extracomment>absolutes (title)</extracomment>
        <translation>Siempre o nunca</translation>
    </message>
    <message>
        <source>Words like “%1” invite a debate about the one time it was different; the specific moment is harder to dispute.</source>
        <extracomment>absolutes (explanation)</extracomment>
        <translation>Palabras como «%1» invitan a discutir sobre la única vez que fue distinto; el momento concreto es más difícil de rebatir.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has a control character in its title or explanation.</source>
        <translation>La regla «%1» tiene un carácter de control en el título o en la explicación.</translation>
    </message>
</context>
<context>
    <name>bearings::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing.</source>
        <translation>Falta el controlador de SQLite para Qt.</translation>
    </message>
    <message>
        <source>Bearings was built against a different SQLite than Qt uses.</source>
        <translation>Bearings se compiló con una versión de SQLite distinta de la que usa Qt.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se ha podido abrir la base de datos.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the vault.</source>
        <translation>No hay memoria suficiente para abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>This file is not a Bearings vault.</source>
        <translation>Este archivo no es una caja fuerte de Bearings.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation>Esta caja fuerte se creó con una versión más reciente de Bearings. Actualiza Bearings, por favor, para abrirla.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded.</source>
        <translation>No se ha podido actualizar la caja fuerte.</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>registrar la versión del esquema</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>No se ha podido empezar el cambio.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se ha podido guardar el cambio.</translation>
    </message>
    <message>
        <source>There is not enough memory to save the vault.</source>
        <translation>No hay memoria suficiente para guardar la caja fuerte.</translation>
    </message>
    <message>
        <source>The vault&apos;s contents are damaged and cannot be read.</source>
        <translation>El contenido de la caja fuerte está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>The database could not be prepared.</source>
        <translation>No se ha podido preparar la base de datos.</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>leer la base de datos</translation>
    </message>
</context>
<context>
    <name>bearings::DemoBuilder</name>
    <message>
        <source>The demo could not be created.</source>
        <translation>No se ha podido crear la demostración.</translation>
    </message>
</context>
<context>
    <name>bearings::DemoCopy</name>
    <message>
        <source>read the demo</source>
        <translation>leer la demostración</translation>
    </message>
    <message>
        <source>write the demo</source>
        <translation>escribir la demostración</translation>
    </message>
</context>
<context>
    <name>bearings::DemoGenerator</name>
    <message>
        <source>Please choose the last day of the demo.</source>
        <translation>Elige, por favor, el último día de la demostración.</translation>
    </message>
    <message>
        <source>A demo history can span up to %1 years.</source>
        <translation>Un historial de demostración puede abarcar hasta %1 años.</translation>
    </message>
    <message>
        <source>A demo story can span 1 to %1 weeks.</source>
        <translation>Una historia de demostración puede abarcar de 1 a %1 semanas.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 relationships.</source>
        <translation>Una demostración puede tener hasta %1 relaciones.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 journal entries a week.</source>
        <translation>Una demostración puede tener hasta %1 notas del diario por semana.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 message drafts.</source>
        <translation>Una demostración puede tener hasta %1 borradores de mensaje.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 boundary breaches.</source>
        <translation>Una demostración puede tener hasta %1 incumplimientos de límites.</translation>
    </message>
    <message>
        <source>The demo can only be added to an empty vault. Nothing was changed.</source>
        <translation>La demostración solo se puede añadir a una caja fuerte vacía. No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>bearings::FileIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>El archivo %1 es demasiado grande (%2 MB; el máximo es %3 MB).</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>No se ha podido abrir el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se ha podido leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>El archivo %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name.</source>
        <translation>%1 es una carpeta. Elige, por favor, un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>bearings::IncidentChain</name>
    <message>
        <source>read the incident record chain</source>
        <translation>leer la cadena de registros de incidentes</translation>
    </message>
    <message>
        <source>The incident record chain could not be updated.</source>
        <translation>No se ha podido actualizar la cadena de registros de incidentes.</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>link %1 is missing (removed or moved).</source>
        <translation>falta el eslabón %1 (se quitó o se movió).</translation>
    </message>
    <message>
        <source>link %1 (entry %2, recorded %3) was changed after it was written.</source>
        <translation>el eslabón %1 (nota %2, registrada el %3) se cambió después de escribirse.</translation>
    </message>
    <message>
        <source>link %1 (entry %2, recorded %3) does not follow the link before it.</source>
        <translation>el eslabón %1 (nota %2, registrada el %3) no sigue al eslabón anterior.</translation>
    </message>
    <message>
        <source>the record kept in link %1 (entry %2, recorded %3) was changed or removed.</source>
        <translation>el registro guardado en el eslabón %1 (nota %2, registrada el %3) se cambió o se quitó.</translation>
    </message>
    <message>
        <source>journal entry %1 differs from its last recorded version (link %2, recorded %3); it was changed outside the record.</source>
        <translation>la nota del diario %1 no coincide con su última versión registrada (eslabón %2, registrada el %3); se cambió fuera del registro.</translation>
    </message>
    <message>
        <source>journal entry %1 (last in link %2) was removed without a record of the deletion.</source>
        <translation>la nota del diario %1 (la última vez en el eslabón %2) se quitó sin que quedara registrada la eliminación.</translation>
    </message>
    <message>
        <source>incident entry %1 has no link in the chain.</source>
        <translation>la nota de incidente %1 no tiene eslabón en la cadena.</translation>
    </message>
    <message>
        <source>Incident record chain: 1 link</source>
        <translation>Cadena de registros de incidentes: 1 eslabón</translation>
    </message>
    <message>
        <source>Incident record chain: %1 links</source>
        <translation>Cadena de registros de incidentes: %1 eslabones</translation>
    </message>
    <message>
        <source>%1, head %2, intact.</source>
        <translation>%1, cabeza %2, intacta.</translation>
    </message>
    <message>
        <source>%1, head %2, does not verify: %3</source>
        <translation>%1, cabeza %2, no se puede verificar: %3</translation>
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
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone or video call</source>
        <translation>Llamada o videollamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>1 of 5 (minor)</source>
        <translation>1 de 5 (leve)</translation>
    </message>
    <message>
        <source>2 of 5 (upsetting)</source>
        <translation>2 de 5 (angustiante)</translation>
    </message>
    <message>
        <source>3 of 5 (serious)</source>
        <translation>3 de 5 (grave)</translation>
    </message>
    <message>
        <source>4 of 5 (very serious)</source>
        <translation>4 de 5 (muy grave)</translation>
    </message>
    <message>
        <source>5 of 5 (dangerous)</source>
        <translation>5 de 5 (peligroso)</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Registrado el %1</translation>
    </message>
    <message>
        <source>Marked as an incident again on %1</source>
        <translation>Marcado de nuevo como incidente el %1</translation>
    </message>
    <message>
        <source>Edited on %1</source>
        <translation>Editado el %1</translation>
    </message>
    <message>
        <source>No longer marked as an incident on %1</source>
        <translation>Dejó de estar marcado como incidente el %1</translation>
    </message>
    <message>
        <source>Deleted on %1</source>
        <translation>Eliminado el %1</translation>
    </message>
    <message>
        <source>Already in the journal when the record chain began on %1</source>
        <translation>Ya estaba en el diario cuando empezó la cadena de registros, el %1</translation>
    </message>
    <message>
        <source>Imported from an export file on %1</source>
        <translation>Importado de un archivo de exportación el %1</translation>
    </message>
    <message>
        <source>(link %1)</source>
        <translation>(eslabón %1)</translation>
    </message>
    <message>
        <source>VAULT-FILE</source>
        <translation>ARCHIVO-CAJA-FUERTE</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Esta relación ya no existe.</translation>
    </message>
    <message>
        <source>Incident record</source>
        <translation>Registro de incidentes</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>All recorded incidents</source>
        <translation>Todos los incidentes registrados</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Preparado el</translation>
    </message>
    <message>
        <source>These are the incidents written down in Bearings for this period, oldest first, exactly as they are recorded. Each one lists when it was recorded and any later edits.</source>
        <translation>Estos son los incidentes anotados en Bearings en este periodo, del más antiguo al más reciente, tal como están registrados. En cada uno consta cuándo se registró y cualquier edición posterior.</translation>
    </message>
    <message>
        <source>No incidents are recorded for this period.</source>
        <translation>No hay incidentes registrados en este periodo.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Quién estaba presente</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>Pruebas guardadas</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Historial del registro</translation>
    </message>
    <message>
        <source>Not in the record chain</source>
        <translation>No está en la cadena de registros</translation>
    </message>
    <message>
        <source>Records removed</source>
        <translation>Registros quitados</translation>
    </message>
    <message>
        <source>The record chain shows these changes for this period. Their content is not kept.</source>
        <translation>La cadena de registros muestra estos cambios en este periodo. Su contenido no se guarda.</translation>
    </message>
    <message>
        <source>An incident of %1 was deleted on %2.</source>
        <translation>Un incidente del %1 se eliminó el %2.</translation>
    </message>
    <message>
        <source>An entry of %1 was no longer marked as an incident on %2.</source>
        <translation>Una nota del %1 dejó de estar marcada como incidente el %2.</translation>
    </message>
    <message>
        <source>Checking this record</source>
        <translation>Cómo comprobar este registro</translation>
    </message>
    <message>
        <source>Bearings keeps every incident in a chain of records. Each change adds a link that holds a BLAKE2b-256 fingerprint of the record and of the link before it, so a change to any earlier record, or a removed link, no longer matches the fingerprints after it. Edits and deletions stay visible as links of their own.</source>
        <translation>Bearings guarda cada incidente en una cadena de registros. Cada cambio añade un eslabón con una huella BLAKE2b-256 del registro y del eslabón anterior, de modo que un cambio en cualquier registro anterior, o un eslabón quitado, ya no coincide con las huellas posteriores. Las ediciones y eliminaciones siguen visibles como eslabones propios.</translation>
    </message>
    <message>
        <source>Links in the chain</source>
        <translation>Eslabones de la cadena</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Cabeza de la cadena</translation>
    </message>
    <message>
        <source>When this report was made</source>
        <translation>Cuándo se preparó este informe</translation>
    </message>
    <message>
        <source>Every link was checked and the chain is intact.</source>
        <translation>Se han comprobado todos los eslabones y la cadena está intacta.</translation>
    </message>
    <message>
        <source>The chain did not verify: %1</source>
        <translation>No se ha podido verificar la cadena: %1</translation>
    </message>
    <message>
        <source>To check it, run this command with the vault file and its passphrase. It checks every link, prints the chain&apos;s current head and confirms that the head above is still part of the chain, even if incidents were recorded after this report.</source>
        <translation>Para comprobarlo, ejecuta esta orden con el archivo de la caja fuerte y su frase de contraseña. Comprueba todos los eslabones, muestra la cabeza actual de la cadena y confirma que la cabeza de arriba sigue formando parte de la cadena, aunque se hayan registrado incidentes después de este informe.</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidentes</translation>
    </message>
</context>
<context>
    <name>bearings::JournalRepository</name>
    <message>
        <source>Please give the date and time this happened.</source>
        <translation>Indica, por favor, la fecha y la hora en que pasó.</translation>
    </message>
    <message>
        <source>Moods go from %1 to +%2.</source>
        <translation>El ánimo va de %1 a +%2.</translation>
    </message>
    <message>
        <source>Please choose how serious this incident was, from %1 to %2.</source>
        <translation>Elige, por favor, la gravedad de este incidente, de %1 a %2.</translation>
    </message>
    <message>
        <source>Severity goes from %1 to %2.</source>
        <translation>La gravedad va de %1 a %2.</translation>
    </message>
    <message>
        <source>This note is longer than %1 characters. Please split it over two entries.</source>
        <translation>Esta nota tiene más de %1 caracteres. Divídela, por favor, en dos notas.</translation>
    </message>
    <message>
        <source>Please keep &quot;who was present&quot; and &quot;evidence kept&quot; under %1 characters each.</source>
        <translation>Mantén «Quién estaba presente» y «Pruebas guardadas» por debajo de %1 caracteres cada uno, por favor.</translation>
    </message>
    <message>
        <source>The relationship for this entry no longer exists.</source>
        <translation>La relación de esta nota ya no existe.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; no longer exists. Please choose another.</source>
        <translation>La etiqueta «%1» ya no existe. Elige otra, por favor.</translation>
    </message>
    <message>
        <source>This journal entry no longer exists.</source>
        <translation>Esta nota del diario ya no existe.</translation>
    </message>
    <message>
        <source>count the journal entries</source>
        <translation>contar las notas del diario</translation>
    </message>
    <message>
        <source>There is already a built-in tag called &quot;%1&quot;.</source>
        <translation>Ya hay una etiqueta incluida que se llama «%1».</translation>
    </message>
    <message>
        <source>A tag name may use lowercase letters, digits and dashes, up to 40 characters.</source>
        <translation>El nombre de una etiqueta puede tener letras minúsculas, cifras y guiones, hasta 40 caracteres.</translation>
    </message>
    <message>
        <source>Please give the tag a label.</source>
        <translation>Ponle, por favor, un nombre visible a la etiqueta.</translation>
    </message>
    <message>
        <source>Please keep the label under %1 characters.</source>
        <translation>Mantén el nombre por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>You already have a tag called &quot;%1&quot;.</source>
        <translation>Ya tienes una etiqueta llamada «%1».</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>Esta etiqueta ya no existe.</translation>
    </message>
</context>
<context>
    <name>bearings::KeyDerivation</name>
    <message>
        <source>The vault&apos;s settings are out of range, so it was not opened.</source>
        <translation>Los ajustes de la caja fuerte están fuera de rango, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the vault.</source>
        <translation>No hay memoria suficiente para desbloquear la caja fuerte.</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the vault. Closing other programs may help.</source>
        <translation>No hay memoria suficiente para desbloquear la caja fuerte. Puede ayudar cerrar otros programas.</translation>
    </message>
</context>
<context>
    <name>bearings::LogisticsRepository</name>
    <message>
        <source>Keep your own money in an account only you can reach.</source>
        <translation>Guarda tu propio dinero en una cuenta a la que solo tú tengas acceso.</translation>
    </message>
    <message>
        <source>Make sure your mail comes only to you.</source>
        <translation>Asegúrate de que tu correo postal solo te llegue a ti.</translation>
    </message>
    <message>
        <source>Change passwords and PINs they know; check location sharing.</source>
        <translation>Cambia las contraseñas y los PIN que conoce; revisa si compartes tu ubicación.</translation>
    </message>
    <message>
        <source>Decide who keeps keys to your home or car.</source>
        <translation>Decide quién conserva llaves de tu casa o de tu coche.</translation>
    </message>
    <message>
        <source>Arrange to return or collect borrowed things.</source>
        <translation>Organiza cómo devolver o recoger lo prestado.</translation>
    </message>
    <message>
        <source>Check whether a lease or contract still ties you together.</source>
        <translation>Comprueba si un alquiler o un contrato todavía os une.</translation>
    </message>
    <message>
        <source>Agree how any shared pets are cared for.</source>
        <translation>Acordad cómo se cuidará a los animales que tengáis en común.</translation>
    </message>
    <message>
        <source>Leave or mute shared calendars and group chats.</source>
        <translation>Sal de los calendarios compartidos y los chats de grupo, o siléncialos.</translation>
    </message>
    <message>
        <source>Tell one or two trusted people about your plan.</source>
        <translation>Cuéntale tu plan a una o dos personas de confianza.</translation>
    </message>
    <message>
        <source>Look for a support group, in person or online.</source>
        <translation>Busca un grupo de apoyo, en persona o en internet.</translation>
    </message>
    <message>
        <source>Consider talking things through with a counsellor.</source>
        <translation>Plantéate hablarlo con un profesional de la psicología o del asesoramiento.</translation>
    </message>
    <message>
        <source>Open an account in your name only.</source>
        <translation>Abre una cuenta solo a tu nombre.</translation>
    </message>
    <message>
        <source>Close or separate joint accounts and cards.</source>
        <translation>Cierra o separa las cuentas y tarjetas conjuntas.</translation>
    </message>
    <message>
        <source>Redirect your mail, or use a PO box if you move.</source>
        <translation>Redirige tu correo postal o usa un apartado de correos si te mudas.</translation>
    </message>
    <message>
        <source>Change passwords and PINs; turn on two-step sign-in.</source>
        <translation>Cambia las contraseñas y los PIN; activa la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Check linked devices, shared logins and location sharing.</source>
        <translation>Revisa los dispositivos vinculados, las cuentas compartidas y si compartes tu ubicación.</translation>
    </message>
    <message>
        <source>Get keys back, or change locks and door codes.</source>
        <translation>Recupera las llaves o cambia las cerraduras y los códigos de acceso.</translation>
    </message>
    <message>
        <source>List shared belongings and what you will keep.</source>
        <translation>Haz una lista de las cosas en común y de lo que te quedarás.</translation>
    </message>
    <message>
        <source>Check whose name is on the lease or mortgage.</source>
        <translation>Comprueba a nombre de quién está el alquiler o la hipoteca.</translation>
    </message>
    <message>
        <source>Decide where the pets live; keep their records.</source>
        <translation>Decide dónde vivirán los animales; guarda sus papeles.</translation>
    </message>
    <message>
        <source>Leave shared calendars, albums and family-sharing groups.</source>
        <translation>Sal de los calendarios, álbumes y grupos familiares compartidos.</translation>
    </message>
    <message>
        <source>Consider a counsellor, advocate or lawyer for support.</source>
        <translation>Plantéate buscar apoyo en un profesional de la psicología, una persona de orientación o un abogado.</translation>
    </message>
    <message>
        <source>Keep a dated record of any contact, in case you need it later.</source>
        <translation>Lleva un registro con fecha de cualquier contacto, por si lo necesitas más adelante.</translation>
    </message>
    <message>
        <source>Please write a few words for this step.</source>
        <translation>Escribe, por favor, unas palabras para este paso.</translation>
    </message>
    <message>
        <source>Please keep each step under %1 characters.</source>
        <translation>Mantén cada paso por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Esta relación ya no existe.</translation>
    </message>
    <message>
        <source>find the end of this list</source>
        <translation>encontrar el final de esta lista</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>Este paso ya no existe.</translation>
    </message>
    <message>
        <source>read this checklist</source>
        <translation>leer esta lista</translation>
    </message>
</context>
<context>
    <name>bearings::MessageScriptRepository</name>
    <message>
        <source>Please give this message a short title.</source>
        <translation>Ponle, por favor, un título corto a este mensaje.</translation>
    </message>
    <message>
        <source>Please keep the title under %1 characters.</source>
        <translation>Mantén el título por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>This message is longer than %1 characters. Shorter messages are usually clearer.</source>
        <translation>Este mensaje tiene más de %1 caracteres. Los mensajes cortos suelen ser más claros.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Esta relación ya no existe.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>bearings::Questionnaire</name>
    <message>
        <source>The questionnaire is missing from this copy of Bearings.</source>
        <translation>Falta el cuestionario en esta copia de Bearings.</translation>
    </message>
    <message>
        <source>The questionnaire is not valid JSON: %1 at character %2.</source>
        <translation>El cuestionario no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The questionnaire must be a JSON object.</source>
        <translation>El cuestionario tiene que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The questionnaire has an unknown field &quot;%1&quot;.</source>
        <translation>El cuestionario tiene un campo desconocido, «%1».</translation>
    </message>
    <message>
        <source>The questionnaire needs a whole number &quot;format&quot;.</source>
        <translation>El cuestionario necesita un número entero como «format».</translation>
    </message>
    <message>
        <source>The questionnaire &quot;format&quot; is %1; this version of Bearings reads format %2.</source>
        <translation>El «format» del cuestionario es %1; esta versión de Bearings lee el formato %2.</translation>
    </message>
    <message>
        <source>The questionnaire needs a &quot;version&quot; that is a whole number above 0.</source>
        <translation>El cuestionario necesita una «version» que sea un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>The questionnaire needs a list of &quot;groups&quot;.</source>
        <translation>El cuestionario necesita una lista de «groups».</translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire must be a JSON object.</source>
        <translation>El grupo %1 del cuestionario tiene que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire has an unknown field &quot;%2&quot;.</source>
        <translation>El grupo %1 del cuestionario tiene un campo desconocido, «%2».</translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire has an unknown id &quot;%2&quot;.</source>
        <translation>El grupo %1 del cuestionario tiene un id desconocido, «%2».</translation>
    </message>
    <message>
        <source>The questionnaire lists the group &quot;%1&quot; more than once.</source>
        <translation>El cuestionario incluye el grupo «%1» más de una vez.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; needs a list of questions with at least one question.</source>
        <translation>El grupo «%1» necesita una lista con al menos una pregunta.</translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; must be a JSON object.</source>
        <translation>La pregunta %1 del grupo «%2» tiene que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; has an unknown field &quot;%3&quot;.</source>
        <translation>La pregunta %1 del grupo «%2» tiene un campo desconocido, «%3».</translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; needs an id of lowercase letters, digits and dashes (found &quot;%3&quot;).</source>
        <translation>La pregunta %1 del grupo «%2» necesita un id de letras minúsculas, cifras y guiones (se encontró «%3»).</translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used more than once.</source>
        <translation>El id de pregunta «%1» se usa más de una vez.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an unknown answer type &quot;%2&quot;.</source>
        <translation>La pregunta «%1» tiene un tipo de respuesta desconocido, «%2».</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs a &quot;text&quot;.</source>
        <translation>La pregunta «%1» necesita un «text».</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs a &quot;why&quot;.</source>
        <translation>La pregunta «%1» necesita un «why».</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an &quot;abuse&quot; field that is not true or false.</source>
        <translation>La pregunta «%1» tiene un campo «abuse» que no es ni true ni false.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is a reflection, but reflections belong only in the group &quot;thinking_traps&quot;.</source>
        <translation>La pregunta «%1» es una reflexión, pero las reflexiones solo van en el grupo «thinking_traps».</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is in the group &quot;thinking_traps&quot;, which holds only reflections.</source>
        <translation>La pregunta «%1» está en el grupo «thinking_traps», que solo tiene reflexiones.</translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; must be a yes/no question.</source>
        <translation>La señal de alarma «%1» tiene que ser una pregunta de sí o no.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is marked as abuse, but only cut signs can be.</source>
        <translation>La pregunta «%1» está marcada como maltrato, pero eso solo pueden serlo las señales de corte.</translation>
    </message>
    <message>
        <source>The questionnaire is missing the group &quot;%1&quot;.</source>
        <translation>Al cuestionario le falta el grupo «%1».</translation>
    </message>
    <message>
        <source>After time with them, do you feel drained, anxious or on edge?</source>
        <extracomment>harm-drained (text)</extracomment>
        <translation>Después de estar con esta persona, ¿te quedas sin energía, con ansiedad o en tensión?</translation>
    </message>
    <message>
        <source>How you feel afterwards is useful information. It often shows a pattern before words do.</source>
        <extracomment>harm-drained (why)</extracomment>
        <translation>Cómo te sientes después es información valiosa. A menudo muestra un patrón antes que las palabras.</translation>
    </message>
    <message>
        <source>Do you feel belittled, undermined or brushed aside by them?</source>
        <extracomment>harm-dismissed (text)</extracomment>
        <translation>¿Sientes que esta persona te menosprecia, te quita valor o te deja de lado?</translation>
    </message>
    <message>
        <source>Being made to feel small, again and again, wears down your confidence over time.</source>
        <extracomment>harm-dismissed (why)</extracomment>
        <translation>Que te hagan sentir poca cosa una y otra vez desgasta tu confianza con el tiempo.</translation>
    </message>
    <message>
        <source>Do you miss out on friends, family or things you enjoy because of this relationship?</source>
        <extracomment>harm-isolated (text)</extracomment>
        <translation>¿Te pierdes a amistades, a tu familia o cosas que te gustan por culpa de esta relación?</translation>
    </message>
    <message>
        <source>The people and activities around you are part of what keeps you well and steady.</source>
        <extracomment>harm-isolated (why)</extracomment>
        <translation>Las personas y las actividades que te rodean son parte de lo que te mantiene bien y con los pies en la tierra.</translation>
    </message>
    <message>
        <source>When you say what you need, are you punished, mocked or shut down for it?</source>
        <extracomment>harm-needs (text)</extracomment>
        <translation>Cuando dices lo que necesitas, ¿te castigan, se burlan de ti o te cortan?</translation>
    </message>
    <message>
        <source>In a caring relationship you can ask for what you need without paying a price for it.</source>
        <extracomment>harm-needs (why)</extracomment>
        <translation>En una relación que cuida, puedes pedir lo que necesitas sin pagar un precio por ello.</translation>
    </message>
    <message>
        <source>Do you feel you are walking on eggshells around them?</source>
        <extracomment>harm-eggshells (text)</extracomment>
        <translation>¿Sientes que con esta persona vas pisando huevos?</translation>
    </message>
    <message>
        <source>Watching everything you say or do to avoid a reaction takes a lot out of you.</source>
        <extracomment>harm-eggshells (why)</extracomment>
        <translation>Vigilar todo lo que dices o haces para evitar una reacción te quita mucha energía.</translation>
    </message>
    <message>
        <source>Are the hard moments occasional, rather than a long-running pattern?</source>
        <extracomment>repair-occasional (text)</extracomment>
        <translation>¿Los momentos difíciles son ocasionales y no un patrón de hace tiempo?</translation>
    </message>
    <message>
        <source>Occasional hurt happens in most close relationships. A long pattern is much harder to change.</source>
        <extracomment>repair-occasional (why)</extracomment>
        <translation>Hacerse daño de vez en cuando pasa en la mayoría de las relaciones cercanas. Un patrón largo es mucho más difícil de cambiar.</translation>
    </message>
    <message>
        <source>When they hurt you, do they name what they did and take responsibility for it?</source>
        <extracomment>repair-accountability (text)</extracomment>
        <translation>Cuando esta persona te hace daño, ¿reconoce lo que hizo y asume la responsabilidad?</translation>
    </message>
    <message>
        <source>Change needs them to see the harm for themselves, every time, not only when it suits them.</source>
        <extracomment>repair-accountability (why)</extracomment>
        <translation>Para que haya cambio, esa persona tiene que ver el daño por sí misma, cada vez, no solo cuando le conviene.</translation>
    </message>
    <message>
        <source>Do you both want things to change, with concrete steps in place, such as counselling or a specific change in behaviour?</source>
        <extracomment>repair-shared-steps (text)</extracomment>
        <translation>¿Queréis los dos que las cosas cambien, con pasos concretos en marcha, como terapia o un cambio de conducta específico?</translation>
    </message>
    <message>
        <source>Wanting change is a start. Concrete steps show that change is actually under way.</source>
        <extracomment>repair-shared-steps (why)</extracomment>
        <translation>Querer un cambio es un comienzo. Los pasos concretos muestran que el cambio ya está en marcha.</translation>
    </message>
    <message>
        <source>Do you have support and safety in place, such as people you trust and somewhere to go if you need it?</source>
        <extracomment>repair-support (text)</extracomment>
        <translation>¿Tienes apoyo y seguridad, como personas de confianza y algún sitio adonde ir si lo necesitas?</translation>
    </message>
    <message>
        <source>Working on a relationship is easier, and safer, when you are not doing it alone.</source>
        <extracomment>repair-support (why)</extracomment>
        <translation>Trabajar en una relación es más fácil, y más seguro, cuando no lo haces a solas.</translation>
    </message>
    <message>
        <source>Do small acts of care still happen between you?</source>
        <extracomment>repair-care (text)</extracomment>
        <translation>¿Sigue habiendo pequeños gestos de cariño entre vosotros?</translation>
    </message>
    <message>
        <source>Small, everyday kindness is often what a relationship can be rebuilt on.</source>
        <extracomment>repair-care (why)</extracomment>
        <translation>La amabilidad pequeña, de cada día, es a menudo sobre lo que se puede reconstruir una relación.</translation>
    </message>
    <message>
        <source>When something goes wrong, are you both curious about what set it off, rather than looking for someone to blame?</source>
        <extracomment>repair-curiosity (text)</extracomment>
        <translation>Cuando algo sale mal, ¿sentís los dos curiosidad por lo que lo provocó, en lugar de buscar a quién culpar?</translation>
    </message>
    <message>
        <source>Curiosity about what starts a conflict opens the way to change. Blame tends to close it.</source>
        <extracomment>repair-curiosity (why)</extracomment>
        <translation>La curiosidad por lo que desata un conflicto abre el camino al cambio. La culpa suele cerrarlo.</translation>
    </message>
    <message>
        <source>Do they use put-downs, humiliation, guilt or mind games to control what you do or think?</source>
        <extracomment>cut-emotional-abuse (text)</extracomment>
        <translation>¿Usa el menosprecio, la humillación, la culpa o los juegos mentales para controlar lo que haces o piensas?</translation>
    </message>
    <message>
        <source>Using your feelings to control you is emotional abuse. Abuse is not a relationship problem two people can fix together.</source>
        <extracomment>cut-emotional-abuse (why)</extracomment>
        <translation>Usar tus sentimientos para controlarte es maltrato emocional. El maltrato no es un problema de la relación que dos personas puedan arreglar juntas.</translation>
    </message>
    <message>
        <source>Do they control your money, keep you from working, or take what is yours?</source>
        <extracomment>cut-financial-abuse (text)</extracomment>
        <translation>¿Controla tu dinero, te impide trabajar o te quita lo que es tuyo?</translation>
    </message>
    <message>
        <source>Control over money leaves you with fewer choices. It is a form of abuse, even when nothing else feels like it.</source>
        <extracomment>cut-financial-abuse (why)</extracomment>
        <translation>El control del dinero te deja menos opciones. Es una forma de maltrato, aunque nada más lo parezca.</translation>
    </message>
    <message>
        <source>Do they cross lines you have told them you will not accept?</source>
        <extracomment>cut-non-negotiables (text)</extracomment>
        <translation>¿Traspasa límites que le has dicho que no aceptarás?</translation>
    </message>
    <message>
        <source>A limit crossed again and again, after you made it clear, tells you something about what may happen next.</source>
        <extracomment>cut-non-negotiables (why)</extracomment>
        <translation>Un límite traspasado una y otra vez, después de dejarlo claro, te dice algo sobre lo que puede pasar después.</translation>
    </message>
    <message>
        <source>When you raise the harm, do they refuse to take responsibility, while it keeps happening?</source>
        <extracomment>cut-no-responsibility (text)</extracomment>
        <translation>Cuando sacas el tema del daño, ¿se niega a asumir la responsabilidad mientras sigue pasando?</translation>
    </message>
    <message>
        <source>Without responsibility there is little for change to build on.</source>
        <extracomment>cut-no-responsibility (why)</extracomment>
        <translation>Sin responsabilidad, hay poco sobre lo que construir un cambio.</translation>
    </message>
    <message>
        <source>Do apologies come without lasting change, or seem to be used to pull you back in?</source>
        <extracomment>cut-apologies (text)</extracomment>
        <translation>¿Las disculpas llegan sin un cambio duradero, o parecen servir para volver a atraerte?</translation>
    </message>
    <message>
        <source>An apology means most when behaviour changes afterwards. Without that, it can become part of the cycle.</source>
        <extracomment>cut-apologies (why)</extracomment>
        <translation>Una disculpa significa más cuando la conducta cambia después. Sin eso, puede acabar siendo parte del ciclo.</translation>
    </message>
    <message>
        <source>Have you already tried to repair things, and still do not feel safe?</source>
        <extracomment>cut-repair-tried (text)</extracomment>
        <translation>¿Ya has intentado reparar las cosas y sigues sin sentirte a salvo?</translation>
    </message>
    <message>
        <source>If a real attempt at repair has not made you safer, that matters when you decide what comes next.</source>
        <extracomment>cut-repair-tried (why)</extracomment>
        <translation>Si un intento real de reparar las cosas no te ha dado más seguridad, eso cuenta cuando decidas qué viene después.</translation>
    </message>
    <message>
        <source>Has your mental or physical health been getting worse while this has been going on?</source>
        <extracomment>cut-health (text)</extracomment>
        <translation>¿Ha empeorado tu salud mental o física mientras ha pasado todo esto?</translation>
    </message>
    <message>
        <source>Your health is a clear signal. It deserves to count.</source>
        <extracomment>cut-health (why)</extracomment>
        <translation>Tu salud es una señal clara. Merece contar.</translation>
    </message>
    <message>
        <source>Have they threatened to hurt you, someone you love, or a pet?</source>
        <extracomment>red-threats (text)</extracomment>
        <translation>¿Ha amenazado con hacerte daño a ti, a alguien a quien quieres o a un animal?</translation>
    </message>
    <message>
        <source>A threat is a safety concern, whether or not it has been carried out.</source>
        <extracomment>red-threats (why)</extracomment>
        <translation>Una amenaza es un riesgo para tu seguridad, se haya cumplido o no.</translation>
    </message>
    <message>
        <source>Have they ever hurt you physically, for example pushed, grabbed, hit or choked you?</source>
        <extracomment>red-physical (text)</extracomment>
        <translation>¿Alguna vez te ha hecho daño físico, por ejemplo empujarte, agarrarte, pegarte o estrangularte?</translation>
    </message>
    <message>
        <source>Physical harm, even once, is a safety concern.</source>
        <extracomment>red-physical (why)</extracomment>
        <translation>El daño físico, aunque sea una sola vez, es un riesgo para tu seguridad.</translation>
    </message>
    <message>
        <source>Have they ever pressured or forced you into anything sexual you did not want?</source>
        <extracomment>red-sexual (text)</extracomment>
        <translation>¿Alguna vez te ha presionado u obligado a algo sexual que no querías?</translation>
    </message>
    <message>
        <source>Your body is yours. Pressure or force around sex is a safety concern.</source>
        <extracomment>red-sexual (why)</extracomment>
        <translation>Tu cuerpo es tuyo. La presión o la fuerza en lo sexual son un riesgo para tu seguridad.</translation>
    </message>
    <message>
        <source>Do they follow you, turn up uninvited, or keep track of your phone, messages or whereabouts?</source>
        <extracomment>red-stalking (text)</extracomment>
        <translation>¿Te sigue, aparece sin que le invites o controla tu móvil, tus mensajes o dónde estás?</translation>
    </message>
    <message>
        <source>Being watched or followed is a safety concern, even when nothing else has happened.</source>
        <extracomment>red-stalking (why)</extracomment>
        <translation>Que te vigilen o te sigan es un riesgo para tu seguridad, aunque no haya pasado nada más.</translation>
    </message>
    <message>
        <source>Do they try to frighten you, for example by breaking things, blocking your way or raising a fist?</source>
        <extracomment>red-intimidation (text)</extracomment>
        <translation>¿Intenta asustarte, por ejemplo rompiendo cosas, cortándote el paso o levantando el puño?</translation>
    </message>
    <message>
        <source>Behaviour meant to scare you is a way of controlling you, and a safety concern.</source>
        <extracomment>red-intimidation (why)</extracomment>
        <translation>Una conducta pensada para asustarte es una forma de controlarte, y un riesgo para tu seguridad.</translation>
    </message>
    <message>
        <source>Are you afraid of what they might do if you set a limit or leave?</source>
        <extracomment>red-retaliation (text)</extracomment>
        <translation>¿Te da miedo lo que podría hacer si pones un límite o te vas?</translation>
    </message>
    <message>
        <source>Your fear is information. It deserves to be taken seriously.</source>
        <extracomment>red-retaliation (why)</extracomment>
        <translation>Tu miedo es información. Merece que se tome en serio.</translation>
    </message>
    <message>
        <source>Do you feel physically unsafe or threatened around them?</source>
        <extracomment>red-unsafe (text)</extracomment>
        <translation>¿Sientes peligro físico o amenaza cuando estás con esta persona?</translation>
    </message>
    <message>
        <source>Feeling unsafe is reason enough to put your safety first.</source>
        <extracomment>red-unsafe (why)</extracomment>
        <translation>No sentirte a salvo es motivo suficiente para poner tu seguridad por delante.</translation>
    </message>
    <message>
        <source>What keeps you here, apart from the time and love you have already given?</source>
        <extracomment>trap-sunk-cost (text)</extracomment>
        <translation>¿Qué te mantiene aquí, aparte del tiempo y el cariño que ya has dado?</translation>
    </message>
    <message>
        <source>It can feel as if stopping would waste everything you put in. What you gave was real. It does not have to decide what comes next.</source>
        <extracomment>trap-sunk-cost (why)</extracomment>
        <translation>Puede parecer que parar sería desperdiciar todo lo que has puesto. Lo que diste fue real. No tiene por qué decidir lo que viene después.</translation>
    </message>
    <message>
        <source>Think of the last month. How did most days with them feel, not only the best ones?</source>
        <extracomment>trap-good-moments (text)</extracomment>
        <translation>Piensa en el último mes. ¿Cómo fueron la mayoría de los días con esta persona, no solo los mejores?</translation>
    </message>
    <message>
        <source>It is easy to hold on to the good moments and let the hard ones fade. The whole picture helps you see clearly.</source>
        <extracomment>trap-good-moments (why)</extracomment>
        <translation>Es fácil quedarse con los buenos momentos y dejar que los difíciles se difuminen. La imagen completa te ayuda a ver con claridad.</translation>
    </message>
    <message>
        <source>What has changed so far because of your efforts? What would have to change in them, by their own choice?</source>
        <extracomment>trap-changing-them (text)</extracomment>
        <translation>¿Qué ha cambiado hasta ahora gracias a tu esfuerzo? ¿Qué tendría que cambiar en esa persona, por decisión propia?</translation>
    </message>
    <message>
        <source>Many of us hope our love or effort can change someone. In the end, only they can change themselves.</source>
        <extracomment>trap-changing-them (why)</extracomment>
        <translation>Muchas personas esperan que su cariño o su esfuerzo cambien a alguien. Al final, solo esa persona puede cambiarse a sí misma.</translation>
    </message>
    <message>
        <source>When kindness comes after a hard time, how does it feel to you? How long does it usually last?</source>
        <extracomment>trap-rare-kindness (text)</extracomment>
        <translation>Cuando llega la amabilidad después de una época difícil, ¿cómo la vives? ¿Cuánto suele durar?</translation>
    </message>
    <message>
        <source>Kindness that comes now and then, after hurt, can feel bigger than it is. That pull is strong, and it is not your fault.</source>
        <extracomment>trap-rare-kindness (why)</extracomment>
        <translation>La amabilidad que llega de vez en cuando, después del daño, puede parecer más grande de lo que es. Ese tirón es fuerte, y no es culpa tuya.</translation>
    </message>
    <message>
        <source>If you were not afraid of being alone, what would you want for yourself?</source>
        <extracomment>trap-alone (text)</extracomment>
        <translation>Si no te diera miedo quedarte sin nadie, ¿qué querrías para ti?</translation>
    </message>
    <message>
        <source>Fear of being alone can keep us where we are hurt. Being on your own for a while is not the same as being lonely for ever.</source>
        <extracomment>trap-alone (why)</extracomment>
        <translation>El miedo a la soledad puede retenernos donde nos hacen daño. Pasar un tiempo a tu aire no es lo mismo que sentir soledad para siempre.</translation>
    </message>
    <message>
        <source>Can you care about them and still take care of yourself? What would that look like?</source>
        <extracomment>trap-guilt (text)</extracomment>
        <translation>¿Puedes preocuparte por esa persona y aun así cuidarte? ¿Cómo sería eso?</translation>
    </message>
    <message>
        <source>Compassion for someone does not mean you have to accept harm from them. Guilt can make that hard to see.</source>
        <extracomment>trap-guilt (why)</extracomment>
        <translation>Sentir compasión por alguien no significa que tengas que aceptar que te haga daño. La culpa puede hacer que cueste verlo.</translation>
    </message>
    <message>
        <source>Who are you outside this relationship? Which parts of yourself would you like back?</source>
        <extracomment>trap-identity (text)</extracomment>
        <translation>¿Quién eres fuera de esta relación? ¿Qué partes de ti te gustaría recuperar?</translation>
    </message>
    <message>
        <source>When a relationship becomes a big part of who you are, stepping back can feel like losing yourself. You are more than this relationship.</source>
        <extracomment>trap-identity (why)</extracomment>
        <translation>Cuando una relación se vuelve una parte grande de quien eres, tomar distancia puede sentirse como perderte. Eres más que esta relación.</translation>
    </message>
    <message>
        <source>Which practical ties, such as a home, money, children or work, make this feel hard? Which could you start to plan around?</source>
        <extracomment>trap-entanglement (text)</extracomment>
        <translation>¿Qué lazos prácticos, como una casa, el dinero, los hijos o el trabajo, hacen que esto cueste? ¿Para cuáles podrías empezar a planificar?</translation>
    </message>
    <message>
        <source>Shared homes, money or work can make any change feel impossible. Naming them is the first step to planning around them.</source>
        <extracomment>trap-entanglement (why)</extracomment>
        <translation>Una casa, el dinero o el trabajo compartidos pueden hacer que cualquier cambio parezca imposible. Nombrarlos es el primer paso para planificar en torno a ellos.</translation>
    </message>
    <message>
        <source>Do you trust your own memory of what happened? What would you tell a friend who described the same thing?</source>
        <extracomment>trap-self-doubt (text)</extracomment>
        <translation>¿Confías en tu propio recuerdo de lo que pasó? ¿Qué le dirías a una amistad que te contara lo mismo?</translation>
    </message>
    <message>
        <source>If you are often told that what you saw or felt is wrong, you can start to doubt yourself. Your experience counts.</source>
        <extracomment>trap-self-doubt (why)</extracomment>
        <translation>Si a menudo te dicen que lo que viste o sentiste está mal, puedes empezar a dudar de ti. Tu experiencia cuenta.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has a control character in its &quot;text&quot; or &quot;why&quot;.</source>
        <translation>La pregunta «%1» tiene un carácter de control en «text» o «why».</translation>
    </message>
</context>
<context>
    <name>bearings::RelationshipRepository</name>
    <message>
        <source>Please give this relationship a name. An alias or initials are fine.</source>
        <translation>Ponle, por favor, un nombre a esta relación. Basta con un alias o unas iniciales.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Mantén el nombre por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Esta relación ya no existe.</translation>
    </message>
    <message>
        <source>count the records of this relationship</source>
        <translation>contar los registros de esta relación</translation>
    </message>
</context>
<context>
    <name>bearings::SafetyPlanDocument</name>
    <message>
        <source>Printed on %1.</source>
        <translation>Impreso el %1.</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Último cambio el %1.</translation>
    </message>
    <message>
        <source>Keep this plan somewhere only you can reach, and look at it again when things change.</source>
        <translation>Guarda este plan en un sitio al que solo tú llegues, y vuelve a mirarlo cuando cambien las cosas.</translation>
    </message>
    <message>
        <source>knows the plan</source>
        <translation>conoce el plan</translation>
    </message>
    <message>
        <source>TTY %1</source>
        <translation>TTY %1</translation>
    </message>
    <message>
        <source>In an emergency, call</source>
        <translation>En una emergencia, llama al</translation>
    </message>
    <message>
        <source>Emergency services: %1</source>
        <translation>Emergencias: %1</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>When you send or say this word, the people you trust know you need help.</source>
        <translation>Cuando envíes o digas esta palabra, tus personas de confianza sabrán que necesitas ayuda.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>In an emergency, call %1 (emergency services: %2).</source>
        <translation>En una emergencia, llama al %1 (emergencias: %2).</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Cómo llegar: %1</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Números importantes</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lugares seguros</translation>
    </message>
    <message>
        <source>If the person shows up</source>
        <translation>Si la persona aparece</translation>
    </message>
    <message>
        <source>Leaving safely</source>
        <translation>Irte con seguridad</translation>
    </message>
    <message>
        <source>Documents and essentials</source>
        <translation>Documentos y lo imprescindible</translation>
    </message>
    <message>
        <source>For hard moments</source>
        <translation>Para los momentos difíciles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add the emergency number where you live.</source>
        <translation>Añade el número de emergencias de donde vives.</translation>
    </message>
    <message>
        <source>Add a helpline you could call or text, at any hour.</source>
        <translation>Añade una línea de ayuda a la que puedas llamar o escribir a cualquier hora.</translation>
    </message>
    <message>
        <source>Add one or two people you could call. Their numbers will be here when you need them.</source>
        <translation>Añade a una o dos personas a las que podrías llamar. Sus números estarán aquí cuando los necesites.</translation>
    </message>
    <message>
        <source>Choose a word with the people you trust. If you send it, they know you need help.</source>
        <translation>Acuerda una palabra con tus personas de confianza. Si la envías, sabrán que necesitas ayuda.</translation>
    </message>
    <message>
        <source>Where could you go for a while? A friend&apos;s home, family, or a public place that stays open late.</source>
        <translation>¿Adónde podrías ir durante un tiempo? A casa de una amistad, con tu familia o a un lugar público que abra hasta tarde.</translation>
    </message>
    <message>
        <source>What would you do if the person showed up or things got heated? A few short steps are enough.</source>
        <translation>¿Qué harías si la persona apareciera o las cosas se pusieran tensas? Bastan unos pocos pasos cortos.</translation>
    </message>
    <message>
        <source>If leaving is your plan, write the steps down here, one at a time.</source>
        <translation>Si tu plan es irte, escribe aquí los pasos, uno a uno.</translation>
    </message>
    <message>
        <source>List what you would want to have with you: documents, money, medication, keys.</source>
        <translation>Apunta lo que querrías llevar contigo: documentos, dinero, medicación, llaves.</translation>
    </message>
    <message>
        <source>What helps you steady yourself? A way of breathing, a walk, a song.</source>
        <translation>¿Qué te ayuda a recuperar la calma? Una forma de respirar, un paseo, una canción.</translation>
    </message>
    <message>
        <source>Anything else you want to keep with your plan.</source>
        <translation>Cualquier otra cosa que quieras guardar con tu plan.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>En otro lugar</translation>
    </message>
    <message>
        <source>112 works in every country of the European Union.</source>
        <translation>El 112 funciona en todos los países de la Unión Europea.</translation>
    </message>
    <message>
        <source>112 works too.</source>
        <translation>El 112 también funciona.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
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
        <translation>Gratuita y confidencial. Alguien te escucha las 24 horas del día, los 7 días de la semana.</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Documento de identidad o pasaporte</translation>
    </message>
    <message>
        <source>Birth certificates</source>
        <translation>Partidas de nacimiento</translation>
    </message>
    <message>
        <source>Bank cards and some cash</source>
        <translation>Tarjetas bancarias y algo de efectivo</translation>
    </message>
    <message>
        <source>Medication and prescriptions</source>
        <translation>Medicación y recetas</translation>
    </message>
    <message>
        <source>Keys (home, car, work)</source>
        <translation>Llaves (casa, coche, trabajo)</translation>
    </message>
    <message>
        <source>Phone and charger</source>
        <translation>Teléfono y cargador</translation>
    </message>
    <message>
        <source>5-4-3-2-1: notice five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation>5-4-3-2-1: fíjate en cinco cosas que puedas ver, cuatro que puedas tocar, tres que puedas oír, dos que puedas oler y una que puedas saborear.</translation>
    </message>
    <message>
        <source>Box breathing: breathe in for a count of 4, hold for 4, breathe out for 4. Repeat a few times.</source>
        <translation>Respiración en caja: inspira contando hasta 4, aguanta 4 y espira contando hasta 4. Repítelo unas cuantas veces.</translation>
    </message>
    <message>
        <source>Take a short walk, even just around the block or from room to room.</source>
        <translation>Da un paseo corto, aunque sea a la vuelta de la manzana o de una habitación a otra.</translation>
    </message>
    <message>
        <source>Write for a few minutes: &quot;Today I felt... I needed... I will try...&quot;</source>
        <translation>Escribe unos minutos: «Hoy me he sentido… Necesitaba… Voy a intentar…»</translation>
    </message>
    <message>
        <source>The safety plan could not be read. It may be damaged.</source>
        <translation>No se ha podido leer el plan de seguridad. Puede que esté dañado.</translation>
    </message>
    <message>
        <source>This safety plan was written by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation>Este plan de seguridad se escribió con una versión más reciente de Bearings. Actualiza Bearings, por favor, para abrirlo.</translation>
    </message>
    <message>
        <source>The safety plan names a region Bearings does not know.</source>
        <translation>El plan de seguridad indica una región que Bearings no conoce.</translation>
    </message>
    <message>
        <source>The safety plan has a date Bearings cannot read.</source>
        <translation>El plan de seguridad tiene una fecha que Bearings no puede leer.</translation>
    </message>
</context>
<context>
    <name>bearings::TagCatalog</name>
    <message>
        <source>Kept a promise</source>
        <translation>Cumplió una promesa</translation>
    </message>
    <message>
        <source>They did what they said they would do.</source>
        <translation>Hizo lo que dijo que haría.</translation>
    </message>
    <message>
        <source>Repair attempt</source>
        <translation>Intento de reparación</translation>
    </message>
    <message>
        <source>They tried to calm things down or make up after a hard moment.</source>
        <translation>Intentó calmar las cosas o hacer las paces después de un momento difícil.</translation>
    </message>
    <message>
        <source>A moment of care</source>
        <translation>Un gesto de cariño</translation>
    </message>
    <message>
        <source>They showed warmth, interest or kindness.</source>
        <translation>Mostró calidez, interés o amabilidad.</translation>
    </message>
    <message>
        <source>Apology with change</source>
        <translation>Disculpa con cambio</translation>
    </message>
    <message>
        <source>They apologised and then acted differently, not only said sorry.</source>
        <translation>Se disculpó y luego actuó de otra manera; no se quedó en pedir perdón.</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Attacking who you are rather than talking about one thing that happened.</source>
        <translation>Atacar lo que eres en lugar de hablar de algo concreto que pasó.</translation>
    </message>
    <message>
        <source>Contempt</source>
        <translation>Desprecio</translation>
    </message>
    <message>
        <source>Mocking, eye-rolling, sneering or treating you as beneath them.</source>
        <translation>Burlas, poner los ojos en blanco, sarcasmo hiriente o tratarte como si estuvieras por debajo.</translation>
    </message>
    <message>
        <source>Defensiveness</source>
        <translation>Actitud defensiva</translation>
    </message>
    <message>
        <source>Turning every concern back on you instead of hearing it.</source>
        <translation>Devolverte cada preocupación en lugar de escucharla.</translation>
    </message>
    <message>
        <source>Stonewalling</source>
        <translation>Evasión</translation>
    </message>
    <message>
        <source>Shutting down, going silent or walking away to avoid the conversation.</source>
        <translation>Cerrarse, quedarse en silencio o marcharse para evitar la conversación.</translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation>Intimidación</translation>
    </message>
    <message>
        <source>Looks, actions, gestures or a raised voice meant to make you afraid.</source>
        <translation>Miradas, actos, gestos o una voz alzada para darte miedo.</translation>
    </message>
    <message>
        <source>Put-downs</source>
        <translation>Menosprecio</translation>
    </message>
    <message>
        <source>Insults, humiliation, mind games or making you feel guilty or worthless.</source>
        <translation>Insultos, humillaciones, juegos mentales o hacerte sentir culpa o que no vales nada.</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Limiting who you see or talk to, or where you go.</source>
        <translation>Limitar a quién ves, con quién hablas o adónde vas.</translation>
    </message>
    <message>
        <source>Minimising or blaming</source>
        <translation>Minimizar o culpar</translation>
    </message>
    <message>
        <source>Saying it didn&apos;t happen, wasn&apos;t serious, or was your fault.</source>
        <translation>Decir que no pasó, que no fue para tanto o que fue culpa tuya.</translation>
    </message>
    <message>
        <source>Using the children</source>
        <translation>Utilizar a los hijos</translation>
    </message>
    <message>
        <source>Using the children to pass messages, to make you feel guilty, or as leverage.</source>
        <translation>Utilizar a los hijos para pasar mensajes, hacerte sentir culpa o presionarte.</translation>
    </message>
    <message>
        <source>Money control</source>
        <translation>Control del dinero</translation>
    </message>
    <message>
        <source>Controlling money, keeping you from work, or taking what is yours.</source>
        <translation>Controlar el dinero, impedirte trabajar o quitarte lo que es tuyo.</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Creerse con derecho</translation>
    </message>
    <message>
        <source>Acting as if they make all the decisions or their needs always come first.</source>
        <translation>Actuar como si decidiera todo o como si sus necesidades fueran siempre primero.</translation>
    </message>
    <message>
        <source>Threats or pressure</source>
        <translation>Amenazas o presión</translation>
    </message>
    <message>
        <source>Threats, or pressure to do something you did not want to do.</source>
        <translation>Amenazas, o presión para que hicieras algo que no querías.</translation>
    </message>
    <message>
        <source>Denying your reality</source>
        <translation>Negar tu realidad</translation>
    </message>
    <message>
        <source>Insisting that what you saw, heard or remember is wrong.</source>
        <translation>Insistir en que lo que viste, oíste o recuerdas está mal.</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Gritos</translation>
    </message>
    <message>
        <source>Yelling or screaming at you.</source>
        <translation>Gritarte o chillarte.</translation>
    </message>
    <message>
        <source>Name-calling</source>
        <translation>Insultos</translation>
    </message>
    <message>
        <source>Calling you names or labels meant to hurt.</source>
        <translation>Llamarte cosas o ponerte etiquetas para hacerte daño.</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Promesa rota</translation>
    </message>
    <message>
        <source>They did not do what they said they would do.</source>
        <translation>No hizo lo que dijo que haría.</translation>
    </message>
    <message>
        <source>Positive moments</source>
        <translation>Momentos positivos</translation>
    </message>
    <message>
        <source>Criticism, contempt, defensiveness, stonewalling</source>
        <translation>Crítica, desprecio, actitud defensiva, evasión</translation>
    </message>
    <message>
        <source>Controlling behaviour</source>
        <translation>Conducta controladora</translation>
    </message>
    <message>
        <source>Other hurtful moments</source>
        <translation>Otros momentos dañinos</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Tus etiquetas</translation>
    </message>
</context>
<context>
    <name>bearings::TemplateLibrary</name>
    <message>
        <source>The message templates are missing from this copy of Bearings.</source>
        <translation>Faltan las plantillas de mensajes en esta copia de Bearings.</translation>
    </message>
    <message>
        <source>The message templates are not valid JSON: %1 at character %2.</source>
        <translation>Las plantillas de mensajes no son JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The message templates must be a JSON object.</source>
        <translation>Las plantillas de mensajes tienen que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The message templates have an unknown field &quot;%1&quot;.</source>
        <translation>Las plantillas de mensajes tienen un campo desconocido, «%1».</translation>
    </message>
    <message>
        <source>The message templates need a whole number &quot;format&quot;.</source>
        <translation>Las plantillas de mensajes necesitan un número entero como «format».</translation>
    </message>
    <message>
        <source>The message templates have &quot;format&quot; %1; this version of Bearings reads format %2.</source>
        <translation>Las plantillas de mensajes tienen «format» %1; esta versión de Bearings lee el formato %2.</translation>
    </message>
    <message>
        <source>The message templates need a &quot;version&quot; that is a whole number above 0.</source>
        <translation>Las plantillas de mensajes necesitan una «version» que sea un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>The message templates need a list of &quot;templates&quot;.</source>
        <translation>Las plantillas de mensajes necesitan una lista «templates».</translation>
    </message>
    <message>
        <source>The message templates list more than %1 templates.</source>
        <translation>Las plantillas de mensajes tienen más de %1 plantillas.</translation>
    </message>
    <message>
        <source>Template %1 must be a JSON object.</source>
        <translation>La plantilla %1 tiene que ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Template %1 has an unknown field &quot;%2&quot;.</source>
        <translation>La plantilla %1 tiene un campo desconocido, «%2».</translation>
    </message>
    <message>
        <source>Template %1 needs an &quot;id&quot; of lowercase letters, digits and dashes.</source>
        <translation>La plantilla %1 necesita un «id» de letras minúsculas, cifras y guiones.</translation>
    </message>
    <message>
        <source>The template id &quot;%1&quot; is used more than once.</source>
        <translation>El id de plantilla «%1» se usa más de una vez.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an unknown kind &quot;%2&quot;.</source>
        <translation>La plantilla «%1» tiene un tipo desconocido, «%2».</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a &quot;title&quot;.</source>
        <translation>La plantilla «%1» necesita un «title».</translation>
    </message>
    <message>
        <source>The title of the template &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El título de la plantilla «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a &quot;summary&quot;.</source>
        <translation>La plantilla «%1» necesita un «summary».</translation>
    </message>
    <message>
        <source>The summary of the template &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El resumen de la plantilla «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a &quot;body&quot;.</source>
        <translation>La plantilla «%1» necesita un «body».</translation>
    </message>
    <message>
        <source>The body of the template &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El texto de la plantilla «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The message templates have none of the kind &quot;%1&quot;.</source>
        <translation>Las plantillas de mensajes no tienen ninguna del tipo «%1».</translation>
    </message>
    <message>
        <source>I-statement</source>
        <translation>Mensaje en primera persona</translation>
    </message>
    <message>
        <source>Stepping back</source>
        <translation>Tomar distancia</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>En el trabajo</translation>
    </message>
    <message>
        <source>Ending contact</source>
        <extracomment>ending-contact-final (title)</extracomment>
        <translation>Cortar el contacto</translation>
    </message>
    <message>
        <source>Holding a boundary</source>
        <translation>Mantener un límite</translation>
    </message>
    <message>
        <source>Soft start</source>
        <translation>Empezar con suavidad</translation>
    </message>
    <message>
        <source>Reflective listening</source>
        <translation>Escucha activa</translation>
    </message>
    <message>
        <source>Apology with repair</source>
        <translation>Disculpa con reparación</translation>
    </message>
    <message>
        <source>Changing the subject</source>
        <extracomment>deflection-subject (title)</extracomment>
        <translation>Cambiar de tema</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Name what happened, how it felt, what you need, and what you will do if it happens again.</source>
        <translation>Nombra lo que pasó, cómo te sentó, lo que necesitas y lo que harás si vuelve a pasar.</translation>
    </message>
    <message>
        <source>Step back from someone without a long explanation.</source>
        <translation>Toma distancia de alguien sin dar largas explicaciones.</translation>
    </message>
    <message>
        <source>Keep it professional, and ask for things in writing.</source>
        <translation>Mantén un tono profesional y pide las cosas por escrito.</translation>
    </message>
    <message>
        <source>State the decision once, briefly, with no door left open.</source>
        <translation>Di la decisión una vez, en pocas palabras, sin dejar ninguna puerta abierta.</translation>
    </message>
    <message>
        <source>Say it again, briefly, when someone pushes back, without reopening old arguments.</source>
        <translation>Dilo otra vez, en pocas palabras, cuando alguien se resista, sin reabrir viejas discusiones.</translation>
    </message>
    <message>
        <source>Open a hard conversation gently, with one clear request.</source>
        <translation>Empieza una conversación difícil con suavidad, con una petición clara.</translation>
    </message>
    <message>
        <source>Say back what you heard before you answer.</source>
        <translation>Repite lo que has oído antes de responder.</translation>
    </message>
    <message>
        <source>Own your part and name what you will do differently.</source>
        <translation>Reconoce tu parte y nombra lo que harás de otra manera.</translation>
    </message>
    <message>
        <source>Turn away from a topic you do not discuss, kindly and briefly.</source>
        <translation>Desvía, con amabilidad y en pocas palabras, un tema del que no hablas.</translation>
    </message>
    <message>
        <source>Your own words, for anything else.</source>
        <translation>Tus propias palabras, para todo lo demás.</translation>
    </message>
    <message>
        <source>When you…, I feel…</source>
        <extracomment>i-statement-classic (title)</extracomment>
        <translation>Cuando tú…, yo me siento…</translation>
    </message>
    <message>
        <source>The four parts in order: what happened, how it lands, what you need, what you will do.</source>
        <extracomment>i-statement-classic (summary)</extracomment>
        <translation>Las cuatro partes en orden: lo que pasó, cómo te llega, lo que necesitas y lo que harás.</translation>
    </message>
    <message>
        <source>When you [behaviour], I feel [feeling]. I need [what you need]. If it happens again, I will [what you will do].</source>
        <extracomment>i-statement-classic (body)</extracomment>
        <translation>Cuando [conducta], me siento [sentimiento]. Necesito [lo que necesitas]. Si vuelve a pasar, [lo que harás].</translation>
    </message>
    <message>
        <source>About one moment</source>
        <extracomment>i-statement-moment (title)</extracomment>
        <translation>Sobre un momento</translation>
    </message>
    <message>
        <source>For one specific moment, named plainly and without going over the past.</source>
        <extracomment>i-statement-moment (summary)</extracomment>
        <translation>Para un momento concreto, dicho con claridad y sin repasar el pasado.</translation>
    </message>
    <message>
        <source>On [day], when you [what happened], I felt [feeling]. From now on, I need [what you need]. If it happens again, I will [what you will do].</source>
        <extracomment>i-statement-moment (body)</extracomment>
        <translation>El [día], cuando [lo que pasó], me sentí [sentimiento]. A partir de ahora, necesito [lo que necesitas]. Si vuelve a pasar, [lo que harás].</translation>
    </message>
    <message>
        <source>Naming a pattern</source>
        <extracomment>i-statement-pattern (title)</extracomment>
        <translation>Nombrar un patrón</translation>
    </message>
    <message>
        <source>When the same thing keeps happening and you want to name it once, calmly.</source>
        <extracomment>i-statement-pattern (summary)</extracomment>
        <translation>Cuando lo mismo se repite y quieres nombrarlo una vez, con calma.</translation>
    </message>
    <message>
        <source>I have noticed that [behaviour] has happened [how often] lately. I feel [feeling] when it does. I need [what you need]. If it continues, I will [what you will do].</source>
        <extracomment>i-statement-pattern (body)</extracomment>
        <translation>He notado que últimamente [conducta] ha pasado [con qué frecuencia]. Me siento [sentimiento] cuando pasa. Necesito [lo que necesitas]. Si continúa, [lo que harás].</translation>
    </message>
    <message>
        <source>Taking some time</source>
        <extracomment>low-contact-time (title)</extracomment>
        <translation>Tomarme un tiempo</translation>
    </message>
    <message>
        <source>Stepping back for a while from a friend or acquaintance, kindly and briefly.</source>
        <extracomment>low-contact-time (summary)</extracomment>
        <translation>Tomar distancia durante un tiempo de una amistad o un conocido, con amabilidad y en pocas palabras.</translation>
    </message>
    <message>
        <source>Hi [Name], I am taking some time for myself and will be in touch less for a while. I wish you well, and I will reach out when I am ready.</source>
        <extracomment>low-contact-time (body)</extracomment>
        <translation>Hola, [Nombre]: me estoy tomando un tiempo para mí y durante una temporada estaré menos en contacto. Te deseo lo mejor, y te escribiré cuando me sienta con ganas.</translation>
    </message>
    <message>
        <source>Seeing each other less</source>
        <extracomment>low-contact-visits (title)</extracomment>
        <translation>Vernos menos</translation>
    </message>
    <message>
        <source>Shorter, rarer visits, with the terms set by you.</source>
        <extracomment>low-contact-visits (summary)</extracomment>
        <translation>Visitas más cortas y menos frecuentes, en los términos que tú marques.</translation>
    </message>
    <message>
        <source>Hi [Name], I have decided to see you less often from now on. I am happy to meet [how often] at [a public place], for about [how long].</source>
        <extracomment>low-contact-visits (body)</extracomment>
        <translation>Hola, [Nombre]: he decidido que a partir de ahora nos veamos menos. Me parece bien quedar [con qué frecuencia] en [un sitio público], durante unos [cuánto tiempo].</translation>
    </message>
    <message>
        <source>Text only for now</source>
        <extracomment>low-contact-text-only (title)</extracomment>
        <translation>Por ahora, solo mensajes</translation>
    </message>
    <message>
        <source>Moving contact to messages, so you can answer in your own time.</source>
        <extracomment>low-contact-text-only (summary)</extracomment>
        <translation>Pasar el contacto a mensajes, para que puedas responder a tu ritmo.</translation>
    </message>
    <message>
        <source>Hi [Name], for now I would like us to keep in touch by text only. I will not be taking calls. I will reply when I can.</source>
        <extracomment>low-contact-text-only (body)</extracomment>
        <translation>Hola, [Nombre]: por ahora me gustaría que solo nos escribiéramos mensajes. No voy a contestar llamadas. Responderé cuando pueda.</translation>
    </message>
    <message>
        <source>Requests in writing</source>
        <extracomment>workplace-in-writing (title)</extracomment>
        <translation>Peticiones por escrito</translation>
    </message>
    <message>
        <source>Asking a colleague to put requests in writing, so there is a record.</source>
        <extracomment>workplace-in-writing (summary)</extracomment>
        <translation>Pedir a alguien del trabajo que envíe sus peticiones por escrito, para que quede constancia.</translation>
    </message>
    <message>
        <source>Hi [Name], to keep things clear, please send requests about [topic] by email. I will reply within [time frame].</source>
        <extracomment>workplace-in-writing (body)</extracomment>
        <translation>Hola, [Nombre]: para que todo quede claro, envíame por correo, por favor, las peticiones sobre [tema]. Te responderé en [plazo].</translation>
    </message>
    <message>
        <source>Confirming a conversation</source>
        <extracomment>workplace-confirm (title)</extracomment>
        <translation>Confirmar una conversación</translation>
    </message>
    <message>
        <source>Putting what was said into writing after a meeting or a call.</source>
        <extracomment>workplace-confirm (summary)</extracomment>
        <translation>Dejar por escrito lo que se dijo después de una reunión o una llamada.</translation>
    </message>
    <message>
        <source>Hi [Name], following our conversation on [date], my understanding is that [what was agreed]. Please reply to confirm, so that we both have the same record.</source>
        <extracomment>workplace-confirm (body)</extracomment>
        <translation>Hola, [Nombre]: tras nuestra conversación del [fecha], entiendo que [lo que se acordó]. Confírmamelo, por favor, para que los dos tengamos la misma constancia.</translation>
    </message>
    <message>
        <source>A comment that crossed a line</source>
        <extracomment>workplace-comment (title)</extracomment>
        <translation>Un comentario que se pasó de la raya</translation>
    </message>
    <message>
        <source>Naming an unprofessional remark and the step you will take next time.</source>
        <extracomment>workplace-comment (summary)</extracomment>
        <translation>Nombrar un comentario poco profesional y el paso que darás la próxima vez.</translation>
    </message>
    <message>
        <source>Hi [Name], the comment about [topic] in [meeting or place] was not appropriate at work. I expect our conversations to stay professional. If it happens again, I will raise it with [manager or HR].</source>
        <extracomment>workplace-comment (body)</extracomment>
        <translation>Hola, [Nombre]: el comentario sobre [tema] en [reunión o lugar] no fue adecuado en el trabajo. Espero que nuestras conversaciones sigan siendo profesionales. Si vuelve a ocurrir, lo plantearé a [responsable o Recursos Humanos].</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>workplace-hours (title)</extracomment>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Setting when you answer work messages.</source>
        <extracomment>workplace-hours (summary)</extracomment>
        <translation>Fijar cuándo respondes a los mensajes de trabajo.</translation>
    </message>
    <message>
        <source>Hi [Name], I answer work messages between [start time] and [end time]. Messages sent outside those hours will get a reply on the next working day.</source>
        <extracomment>workplace-hours (body)</extracomment>
        <translation>Hola, [Nombre]: respondo a los mensajes de trabajo entre [hora de inicio] y [hora de fin]. Los mensajes enviados fuera de ese horario tendrán respuesta el siguiente día laborable.</translation>
    </message>
    <message>
        <source>The decision, stated once, with no long explanation.</source>
        <extracomment>ending-contact-final (summary)</extracomment>
        <translation>La decisión, dicha una vez, sin largas explicaciones.</translation>
    </message>
    <message>
        <source>[Name], I have decided to end contact between us. This decision is final, and I will not be discussing it. Please do not contact me from now on. I wish you well.</source>
        <extracomment>ending-contact-final (body)</extracomment>
        <translation>[Nombre]: he decidido cortar el contacto entre nosotros. Es una decisión definitiva y no la voy a discutir. Por favor, no te pongas en contacto conmigo a partir de ahora. Te deseo lo mejor.</translation>
    </message>
    <message>
        <source>Ending contact, with one practical matter</source>
        <extracomment>ending-contact-logistics (title)</extracomment>
        <translation>Cortar el contacto, con un asunto práctico</translation>
    </message>
    <message>
        <source>When one practical thing still has to be settled, through someone else.</source>
        <extracomment>ending-contact-logistics (summary)</extracomment>
        <translation>Cuando aún queda un asunto práctico por resolver, a través de otra persona.</translation>
    </message>
    <message>
        <source>[Name], I am ending our contact. The only thing left to settle is [practical matter], which I will handle through [person or service]. After that, please do not contact me.</source>
        <extracomment>ending-contact-logistics (body)</extracomment>
        <translation>[Nombre]: corto el contacto contigo. Lo único que queda por resolver es [asunto práctico], y lo gestionaré a través de [persona o servicio]. Después, por favor, no te pongas en contacto conmigo.</translation>
    </message>
    <message>
        <source>Short and final</source>
        <extracomment>ending-contact-short (title)</extracomment>
        <translation>Breve y definitivo</translation>
    </message>
    <message>
        <source>The fewest words that still say it clearly.</source>
        <extracomment>ending-contact-short (summary)</extracomment>
        <translation>Las menos palabras posibles que aun así lo dicen con claridad.</translation>
    </message>
    <message>
        <source>I am ending our contact as of today. Please do not call, message or visit me. I will not reply.</source>
        <extracomment>ending-contact-short (body)</extracomment>
        <translation>Corto el contacto contigo desde hoy. Por favor, no me llames, no me escribas ni vengas a verme. No voy a responder.</translation>
    </message>
    <message>
        <source>Saying it again</source>
        <extracomment>holding-restate (title)</extracomment>
        <translation>Decirlo otra vez</translation>
    </message>
    <message>
        <source>Restating a boundary you have already set, without reopening it.</source>
        <extracomment>holding-restate (summary)</extracomment>
        <translation>Repetir un límite que ya pusiste, sin volver a abrirlo.</translation>
    </message>
    <message>
        <source>I have already told you that [boundary]. That has not changed. If it happens again, I will [what you will do].</source>
        <extracomment>holding-restate (body)</extracomment>
        <translation>Ya te he dicho que [límite]. Eso no ha cambiado. Si vuelve a pasar, [lo que harás].</translation>
    </message>
    <message>
        <source>My answer stands</source>
        <extracomment>holding-answer-stands (title)</extracomment>
        <translation>Mi respuesta sigue siendo la misma</translation>
    </message>
    <message>
        <source>When someone keeps pushing for a different answer.</source>
        <extracomment>holding-answer-stands (summary)</extracomment>
        <translation>Cuando alguien sigue insistiendo en otra respuesta.</translation>
    </message>
    <message>
        <source>I hear that you disagree. My answer is still [your answer], and I will not be going over it again.</source>
        <extracomment>holding-answer-stands (body)</extracomment>
        <translation>Entiendo que no estás de acuerdo. Mi respuesta sigue siendo [tu respuesta], y no voy a volver sobre ello.</translation>
    </message>
    <message>
        <source>When the topic comes up again</source>
        <extracomment>holding-topic (title)</extracomment>
        <translation>Cuando vuelve a salir el tema</translation>
    </message>
    <message>
        <source>For a subject you have said you will not discuss.</source>
        <extracomment>holding-topic (summary)</extracomment>
        <translation>Para un tema del que has dicho que no vas a hablar.</translation>
    </message>
    <message>
        <source>I have said that I will not discuss [topic]. If it comes up, I will [end the call or leave], and we can talk another day.</source>
        <extracomment>holding-topic (body)</extracomment>
        <translation>He dicho que no voy a hablar de [tema]. Si sale, [colgaré o me iré], y podemos hablar otro día.</translation>
    </message>
    <message>
        <source>Raising something gently</source>
        <extracomment>soft-start-raise (title)</extracomment>
        <translation>Sacar un tema con suavidad</translation>
    </message>
    <message>
        <source>Opening a hard conversation with how you feel and one clear request.</source>
        <extracomment>soft-start-raise (summary)</extracomment>
        <translation>Empezar una conversación difícil con cómo te sientes y una petición clara.</translation>
    </message>
    <message>
        <source>There is something I would like to talk about. When [situation], I feel [feeling]. Could we [request] this week?</source>
        <extracomment>soft-start-raise (body)</extracomment>
        <translation>Hay algo de lo que me gustaría hablar. Cuando [situación], me siento [sentimiento]. ¿Podríamos [petición] esta semana?</translation>
    </message>
    <message>
        <source>Asking for a time to talk</source>
        <extracomment>soft-start-time (title)</extracomment>
        <translation>Pedir un momento para hablar</translation>
    </message>
    <message>
        <source>Agreeing on a calm moment before the conversation itself.</source>
        <extracomment>soft-start-time (summary)</extracomment>
        <translation>Acordar un momento tranquilo antes de la conversación en sí.</translation>
    </message>
    <message>
        <source>I would like to talk with you about [topic]. It matters to me. When would be a good time in the next few days?</source>
        <extracomment>soft-start-time (body)</extracomment>
        <translation>Me gustaría hablar contigo de [tema]. Es importante para mí. ¿Qué momento te vendría bien en los próximos días?</translation>
    </message>
    <message>
        <source>Starting with what works</source>
        <extracomment>soft-start-appreciation (title)</extracomment>
        <translation>Empezar por lo que funciona</translation>
    </message>
    <message>
        <source>Naming something good first, then what you would like to change.</source>
        <extracomment>soft-start-appreciation (summary)</extracomment>
        <translation>Nombrar primero algo bueno y luego lo que te gustaría cambiar.</translation>
    </message>
    <message>
        <source>I value [something that goes well between us]. I would like us to look at [topic] together. I feel [feeling] about it, and I need [what you need].</source>
        <extracomment>soft-start-appreciation (body)</extracomment>
        <translation>Valoro [algo que va bien entre nosotros]. Me gustaría que viéramos juntos [tema]. Me siento [sentimiento] con ello, y necesito [lo que necesitas].</translation>
    </message>
    <message>
        <source>Checking I understood</source>
        <extracomment>listening-check (title)</extracomment>
        <translation>Comprobar que lo he entendido</translation>
    </message>
    <message>
        <source>Saying back what you heard, so the other person feels heard first.</source>
        <extracomment>listening-check (summary)</extracomment>
        <translation>Repetir lo que has oído, para que la otra persona se sienta escuchada primero.</translation>
    </message>
    <message>
        <source>What I am hearing is that you feel [feeling] when I [behaviour]. Is that right?</source>
        <extracomment>listening-check (body)</extracomment>
        <translation>Lo que oigo es que te sientes [sentimiento] cuando yo [conducta]. ¿Es así?</translation>
    </message>
    <message>
        <source>Summing up before answering</source>
        <extracomment>listening-summary (title)</extracomment>
        <translation>Resumir antes de responder</translation>
    </message>
    <message>
        <source>Showing you listened, and taking time before you reply.</source>
        <extracomment>listening-summary (summary)</extracomment>
        <translation>Mostrar que has escuchado y tomarte tiempo antes de responder.</translation>
    </message>
    <message>
        <source>Let me check I have this right. You are [how they feel] about [topic], and you would like [what they want]. I want to think about it, and I will answer by [day].</source>
        <extracomment>listening-summary (body)</extracomment>
        <translation>Déjame comprobar que lo he entendido bien. Estás [cómo se siente] por [tema], y te gustaría [lo que quiere]. Quiero pensarlo, y te responderé antes del [día].</translation>
    </message>
    <message>
        <source>Acknowledging without agreeing</source>
        <extracomment>listening-acknowledge (title)</extracomment>
        <translation>Reconocer sin darle la razón</translation>
    </message>
    <message>
        <source>Recognising how much something matters to them while keeping your own view.</source>
        <extracomment>listening-acknowledge (summary)</extracomment>
        <translation>Reconocer lo mucho que algo le importa a la otra persona sin dejar tu propio punto de vista.</translation>
    </message>
    <message>
        <source>I can hear that [topic] matters a lot to you. I see it differently, and that is okay. I will think about what you said.</source>
        <extracomment>listening-acknowledge (body)</extracomment>
        <translation>Entiendo que [tema] te importa mucho. Yo lo veo de otra manera, y no pasa nada. Pensaré en lo que me has dicho.</translation>
    </message>
    <message>
        <source>My part, and what I will change</source>
        <extracomment>apology-change (title)</extracomment>
        <translation>Mi parte, y lo que voy a cambiar</translation>
    </message>
    <message>
        <source>An apology that names what you did and one concrete change.</source>
        <extracomment>apology-change (summary)</extracomment>
        <translation>Una disculpa que nombra lo que hiciste y un cambio concreto.</translation>
    </message>
    <message>
        <source>I am sorry that I [what you did]. It was not fair to you. From now on, I will [concrete change].</source>
        <extracomment>apology-change (body)</extracomment>
        <translation>Siento haber [lo que hiciste]. No fue justo contigo. A partir de ahora, [cambio concreto].</translation>
    </message>
    <message>
        <source>A promise I did not keep</source>
        <extracomment>apology-promise (title)</extracomment>
        <translation>Una promesa que no cumplí</translation>
    </message>
    <message>
        <source>Owning a broken promise and setting a date to put it right.</source>
        <extracomment>apology-promise (summary)</extracomment>
        <translation>Reconocer una promesa rota y fijar una fecha para arreglarlo.</translation>
    </message>
    <message>
        <source>I said I would [promise], and I did not. I apologise. To put it right, I will [repair action] by [date].</source>
        <extracomment>apology-promise (body)</extracomment>
        <translation>Dije que [promesa] y no lo hice. Te pido perdón. Para arreglarlo, [acción para repararlo] antes del [fecha].</translation>
    </message>
    <message>
        <source>No excuses</source>
        <extracomment>apology-no-excuses (title)</extracomment>
        <translation>Sin excusas</translation>
    </message>
    <message>
        <source>An apology that does not explain itself away.</source>
        <extracomment>apology-no-excuses (summary)</extracomment>
        <translation>Una disculpa que no se justifica.</translation>
    </message>
    <message>
        <source>I am sorry for [what you did]. There is no excuse for it. Next time, I will [what you will do instead].</source>
        <extracomment>apology-no-excuses (body)</extracomment>
        <translation>Siento [lo que hiciste]. No tiene excusa. La próxima vez, [lo que harás en su lugar].</translation>
    </message>
    <message>
        <source>Turning away from a topic and toward something easier.</source>
        <extracomment>deflection-subject (summary)</extracomment>
        <translation>Apartarse de un tema y pasar a algo más fácil.</translation>
    </message>
    <message>
        <source>I would rather not talk about [topic]. How is [something else] going?</source>
        <extracomment>deflection-subject (body)</extracomment>
        <translation>Prefiero no hablar de [tema]. ¿Qué tal va [otra cosa]?</translation>
    </message>
    <message>
        <source>Not up for discussion</source>
        <extracomment>deflection-not-discussed (title)</extracomment>
        <translation>No está en discusión</translation>
    </message>
    <message>
        <source>A short, friendly closing of a topic you do not discuss.</source>
        <extracomment>deflection-not-discussed (summary)</extracomment>
        <translation>Un cierre breve y amable para un tema del que no hablas.</translation>
    </message>
    <message>
        <source>That is not something I discuss. Let us talk about something else.</source>
        <extracomment>deflection-not-discussed (body)</extracomment>
        <translation>De eso no hablo. Hablemos de otra cosa.</translation>
    </message>
    <message>
        <source>I have it in hand</source>
        <extracomment>deflection-in-hand (title)</extracomment>
        <translation>Lo tengo controlado</translation>
    </message>
    <message>
        <source>For unasked advice about your life or your choices.</source>
        <extracomment>deflection-in-hand (summary)</extracomment>
        <translation>Para consejos que no has pedido sobre tu vida o tus decisiones.</translation>
    </message>
    <message>
        <source>Thank you. I have [it] in hand.</source>
        <extracomment>deflection-in-hand (body)</extracomment>
        <translation>Gracias. Tengo [eso] controlado.</translation>
    </message>
    <message>
        <source>Asking for time to think</source>
        <extracomment>custom-time-to-think (title)</extracomment>
        <translation>Pedir tiempo para pensar</translation>
    </message>
    <message>
        <source>When you are asked for an answer on the spot.</source>
        <extracomment>custom-time-to-think (summary)</extracomment>
        <translation>Cuando te piden una respuesta en el momento.</translation>
    </message>
    <message>
        <source>I need some time to think about this. I will get back to you by [day].</source>
        <extracomment>custom-time-to-think (body)</extracomment>
        <translation>Necesito un tiempo para pensarlo. Te diré algo antes del [día].</translation>
    </message>
    <message>
        <source>Saying no</source>
        <extracomment>custom-no (title)</extracomment>
        <translation>Decir que no</translation>
    </message>
    <message>
        <source>A clear no, with thanks and without reasons.</source>
        <extracomment>custom-no (summary)</extracomment>
        <translation>Un no claro, con un gracias y sin dar motivos.</translation>
    </message>
    <message>
        <source>Thank you for asking. My answer is no.</source>
        <extracomment>custom-no (body)</extracomment>
        <translation>Gracias por preguntar. Mi respuesta es no.</translation>
    </message>
    <message>
        <source>Confirming a plan in writing</source>
        <extracomment>custom-confirm-plan (title)</extracomment>
        <translation>Confirmar un plan por escrito</translation>
    </message>
    <message>
        <source>Putting an arrangement in writing, so it is clear for both of you.</source>
        <extracomment>custom-confirm-plan (summary)</extracomment>
        <translation>Poner un acuerdo por escrito, para que quede claro para los dos.</translation>
    </message>
    <message>
        <source>To confirm: [what was agreed], on [date] at [time]. Please let me know by [day] if anything changes.</source>
        <extracomment>custom-confirm-plan (body)</extracomment>
        <translation>Para confirmar: [lo que se acordó], el [fecha] a las [hora]. Avísame, por favor, antes del [día] si algo cambia.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has a control character in its title, summary or body.</source>
        <translation>La plantilla «%1» tiene un carácter de control en el título, el resumen o el texto.</translation>
    </message>
</context>
<context>
    <name>bearings::TrialEvaluation</name>
    <message>
        <source>Positive to hurtful moments</source>
        <translation>Momentos positivos frente a dañinos</translation>
    </message>
    <message>
        <source>Boundary crossings a week</source>
        <translation>Incumplimientos de límites por semana</translation>
    </message>
    <message>
        <source>Mood after contact</source>
        <translation>Ánimo después del contacto</translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation>Tu propia puntuación</translation>
    </message>
    <message>
        <source>That meets the goal you set: at least %1.</source>
        <translation>Eso cumple el objetivo que te marcaste: al menos %1.</translation>
    </message>
    <message>
        <source>The goal you set was at least %1.</source>
        <translation>Tu objetivo era al menos %1.</translation>
    </message>
    <message>
        <source>That meets the goal you set: at most %1.</source>
        <translation>Eso cumple el objetivo que te marcaste: como mucho %1.</translation>
    </message>
    <message>
        <source>The goal you set was at most %1.</source>
        <translation>Tu objetivo era como mucho %1.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this yet.</source>
        <translation>Todavía no hay nada anotado sobre esto.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been recorded for this in the last %n week(s).</source>
        <translation>
            <numerusform>En la última semana no se ha anotado nada sobre esto.</numerusform>
            <numerusform>En las últimas %n semanas no se ha anotado nada sobre esto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments for every hurtful one.</source>
        <translation>
            <numerusform>En la última semana hubo %1 momentos positivos por cada dañino.</numerusform>
            <numerusform>En las últimas %n semanas hubo %1 momentos positivos por cada dañino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments and no hurtful ones recorded.</source>
        <translation>
            <numerusform>En la última semana se anotaron %1 momentos positivos y ninguno dañino.</numerusform>
            <numerusform>En las últimas %n semanas se anotaron %1 momentos positivos y ninguno dañino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) a boundary was crossed %1 times a week on average.</source>
        <translation>
            <numerusform>En la última semana se traspasó un límite %1 veces por semana de media.</numerusform>
            <numerusform>En las últimas %n semanas se traspasó un límite %1 veces por semana de media.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) you felt %1 after contact on average, on a scale from -5 to +5.</source>
        <translation>
            <numerusform>En la última semana tu ánimo después del contacto fue de %1 de media, en una escala de -5 a +5.</numerusform>
            <numerusform>En las últimas %n semanas tu ánimo después del contacto fue de %1 de media, en una escala de -5 a +5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your last %n check-in(s) you rated “%1” %2 out of 10 on average.</source>
        <translation>
            <numerusform>En tu último repaso diste a «%1» un %2 de 10.</numerusform>
            <numerusform>En tus últimos %n repasos diste a «%1» un %2 de 10 de media.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not rated “%1” in a check-in yet.</source>
        <translation>Todavía no has puntuado «%1» en ningún repaso.</translation>
    </message>
    <message>
        <source>Your most recent assessment pointed to safety first. These numbers cannot show whether you are safe, so they are not used to judge how this plan is going.</source>
        <translation>Tu última valoración apuntó a «Primero, tu seguridad». Estos números no pueden mostrar si estás a salvo, así que no se usan para juzgar cómo va este plan.</translation>
    </message>
    <message>
        <source>This plan has no benchmarks yet, so there is nothing to compare against.</source>
        <translation>Este plan todavía no tiene indicadores, así que no hay nada con qué comparar.</translation>
    </message>
    <message>
        <source>It is too early to tell. A fair picture needs at least two weeks of the plan and some entries or check-ins.</source>
        <translation>Todavía es pronto para saberlo. Una imagen justa necesita al menos dos semanas del plan y algunas notas o repasos.</translation>
    </message>
    <message>
        <source>All the benchmarks you set are met at the moment.</source>
        <translation>Ahora mismo se cumplen todos los indicadores que te marcaste.</translation>
    </message>
    <message>
        <source>None of the benchmarks are met at the moment, and how you feel after contact is not clearly getting better. What you make of that is yours to decide.</source>
        <translation>Ahora mismo no se cumple ninguno de los indicadores, y cómo te sientes después del contacto no mejora con claridad. Lo que hagas con eso lo decides tú.</translation>
    </message>
    <message>
        <source>Some benchmarks are met and some are not yet. The direction over several weeks says more than any single week.</source>
        <translation>Algunos indicadores se cumplen y otros todavía no. La dirección a lo largo de varias semanas dice más que una semana suelta.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Por buen camino</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Variado</translation>
    </message>
    <message>
        <source>Not improving</source>
        <translation>Sin mejora</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Todavía es pronto</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Primero, tu seguridad</translation>
    </message>
</context>
<context>
    <name>bearings::TrialPlanRepository</name>
    <message>
        <source>Please choose the day the trial starts.</source>
        <translation>Elige, por favor, el día en que empieza el periodo de prueba.</translation>
    </message>
    <message>
        <source>A trial runs between %1 and %2 weeks. Please choose a length in that range.</source>
        <translation>Un periodo de prueba dura entre %1 y %2 semanas. Elige, por favor, una duración dentro de ese margen.</translation>
    </message>
    <message>
        <source>Please choose a day of the week for the check-in.</source>
        <translation>Elige, por favor, un día de la semana para el repaso.</translation>
    </message>
    <message>
        <source>Please keep each behaviour under %1 characters.</source>
        <translation>Mantén cada conducta por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>A plan can have up to %1 benchmarks. A few clear ones are easier to follow.</source>
        <translation>Un plan puede tener hasta %1 indicadores. Unos pocos y claros son más fáciles de seguir.</translation>
    </message>
    <message>
        <source>Please give each benchmark a short name.</source>
        <translation>Ponle, por favor, un nombre corto a cada indicador.</translation>
    </message>
    <message>
        <source>Please keep each benchmark&apos;s name under %1 characters.</source>
        <translation>Mantén el nombre de cada indicador por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>A benchmark appears twice in this plan.</source>
        <translation>Hay un indicador repetido en este plan.</translation>
    </message>
    <message>
        <source>Please enter a number as the target of &quot;%1&quot;.</source>
        <translation>Escribe, por favor, un número como objetivo de «%1».</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a rating from %2 to %3.</source>
        <translation>El objetivo de «%1» es una puntuación de %2 a %3.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a mood from %2 to %3.</source>
        <translation>El objetivo de «%1» es un estado de ánimo de %2 a %3.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; cannot be below zero.</source>
        <translation>El objetivo de «%1» no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Esta relación ya no existe.</translation>
    </message>
    <message>
        <source>A trial is already running for this relationship. You can end it before starting a new one.</source>
        <translation>Ya hay un periodo de prueba en marcha para esta relación. Puedes terminarlo antes de empezar otro.</translation>
    </message>
    <message>
        <source>This trial plan no longer exists.</source>
        <translation>Este plan de prueba ya no existe.</translation>
    </message>
    <message>
        <source>read the check-ins of this plan</source>
        <translation>leer los repasos de este plan</translation>
    </message>
    <message>
        <source>There is already a check-in for week %1, so the plan needs at least %1 weeks.</source>
        <translation>Ya hay un repaso de la semana %1, así que el plan necesita al menos %1 semanas.</translation>
    </message>
    <message>
        <source>There is already a review for month %1, so the plan needs at least %2 weeks.</source>
        <translation>Ya hay una revisión del mes %1, así que el plan necesita al menos %2 semanas.</translation>
    </message>
    <message>
        <source>A benchmark does not belong to this plan.</source>
        <translation>Un indicador no pertenece a este plan.</translation>
    </message>
    <message>
        <source>This plan runs from week 1 to week %1.</source>
        <translation>Este plan va de la semana 1 a la semana %1.</translation>
    </message>
    <message>
        <source>The overall rating goes from %1 to %2.</source>
        <translation>La puntuación general va de %1 a %2.</translation>
    </message>
    <message>
        <source>Please keep each answer under %1 characters.</source>
        <translation>Mantén cada respuesta por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>A rating is for a benchmark that is not part of this plan.</source>
        <translation>Una puntuación es de un indicador que no forma parte de este plan.</translation>
    </message>
    <message>
        <source>Each rating goes from %1 to %2.</source>
        <translation>Cada puntuación va de %1 a %2.</translation>
    </message>
    <message>
        <source>You have already checked in for week %1. You can open that check-in and change it.</source>
        <translation>Ya hiciste el repaso de la semana %1. Puedes abrirlo y cambiarlo.</translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation>Este repaso ya no existe.</translation>
    </message>
    <message>
        <source>This plan has room for reviews of month 1 to %1.</source>
        <translation>Este plan tiene sitio para revisiones del mes 1 al %1.</translation>
    </message>
    <message>
        <source>There is already a review for month %1. You can open it and change it.</source>
        <translation>Ya hay una revisión del mes %1. Puedes abrirla y cambiarla.</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>Esta revisión ya no existe.</translation>
    </message>
</context>
<context>
    <name>bearings::Vault</name>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Elige, por favor, una frase de contraseña.</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>No se ha podido crear la caja fuerte.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Bearings will not replace it; please choose another name.</source>
        <translation>Ya hay un archivo en %1. Bearings no lo va a sustituir; elige otro nombre, por favor.</translation>
    </message>
    <message>
        <source>The vault is locked, so nothing was saved.</source>
        <translation>La caja fuerte está bloqueada, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The vault is already being saved.</source>
        <translation>La caja fuerte ya se está guardando.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted correctly, so nothing was saved.</source>
        <translation>La caja fuerte no se ha podido cifrar correctamente, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>%1 is a folder, so the vault could not be saved there.</source>
        <translation>%1 es una carpeta, así que la caja fuerte no se ha podido guardar ahí.</translation>
    </message>
    <message>
        <source>The vault file could not be checked before saving, so nothing was changed. Your changes are still here; please try again.</source>
        <translation>No se ha podido comprobar el archivo de la caja fuerte antes de guardar, así que no ha cambiado nada. Tus cambios siguen aquí; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>The vault file was changed by another program after Bearings opened it. To avoid overwriting those changes, nothing was saved. Your changes are still here.</source>
        <translation>Otro programa ha cambiado el archivo de la caja fuerte después de que Bearings lo abriera. Para no sobrescribir esos cambios, no se ha guardado nada. Tus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>the saved file could not be read back</source>
        <translation>no se ha podido volver a leer el archivo guardado</translation>
    </message>
    <message>
        <source>the saved file did not read back correctly</source>
        <translation>el archivo guardado no se ha vuelto a leer correctamente</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Elige, por favor, una frase de contraseña nueva.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so the passphrase was not changed.</source>
        <translation>La frase de contraseña actual no es correcta, así que no se ha cambiado.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the backup copy beside the vault still opens with the old passphrase and could not be removed. Please delete %1 yourself.</source>
        <translation>La frase de contraseña se ha cambiado, pero la copia de seguridad junto a la caja fuerte todavía se abre con la anterior y no se ha podido quitar. Elimina %1 a mano, por favor.</translation>
    </message>
</context>
<context>
    <name>bearings::VaultFormat</name>
    <message>
        <source>This vault was made by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation>Esta caja fuerte se creó con una versión más reciente de Bearings. Actualiza Bearings, por favor, para abrirla.</translation>
    </message>
    <message>
        <source>This file is not a Bearings vault.</source>
        <translation>Este archivo no es una caja fuerte de Bearings.</translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be opened. The backup copy may still open.</source>
        <translation>El archivo de la caja fuerte está dañado y no se puede abrir. Puede que la copia de seguridad todavía se abra.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>No se ha podido cifrar la caja fuerte.</translation>
    </message>
    <message>
        <source>The vault has grown too large to be saved.</source>
        <translation>La caja fuerte ha crecido demasiado para poder guardarse.</translation>
    </message>
    <message>
        <source>The vault could not be decrypted.</source>
        <translation>No se ha podido descifrar la caja fuerte.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the vault.</source>
        <translation>No hay memoria suficiente para abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Please check it and try again.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte. Revísala, por favor, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>bearings::VaultIo</name>
    <message>
        <source>The vault could not be saved because the disk is full. Your changes are still here; free some space and try again.</source>
        <translation>No se ha podido guardar la caja fuerte porque el disco está lleno. Tus cambios siguen aquí; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The vault could not be saved (%1). Your changes are still here; please try again.</source>
        <translation>No se ha podido guardar la caja fuerte (%1). Tus cambios siguen aquí; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 es una carpeta, no un archivo de caja fuerte.</translation>
    </message>
    <message>
        <source>There is no vault file at %1.</source>
        <translation>No hay ningún archivo de caja fuerte en %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>No se ha podido abrir el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a vault.</source>
        <translation>El archivo %1 es demasiado grande para ser una caja fuerte.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se ha podido leer el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>bearings::app::CommandLine</name>
    <message>
        <source>Optional: demo, export, import or check.</source>
        <translation>Opcional: demo, export, import o check.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[orden]</translation>
    </message>
    <message>
        <source>Use the vault file at &lt;path&gt; instead of the default location.</source>
        <translation>Usar el archivo de la caja fuerte en &lt;path&gt; en lugar de la ubicación predeterminada.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of standard input.</source>
        <translation>Leer la frase de contraseña de la caja fuerte de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt;.</source>
        <translation>export: escribir en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>import: replace everything in the vault with the file&apos;s content.</source>
        <translation>import: sustituir todo lo de la caja fuerte por el contenido del archivo.</translation>
    </message>
    <message>
        <source>demo: how many weeks the story covers (4 to 520, default 12).</source>
        <translation>demo: cuántas semanas abarca la historia (de 4 a 520; 12 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>demo: a large history of &lt;N&gt; years, for trying Bearings at scale (1 to 20).</source>
        <translation>demo: un historial grande de &lt;N&gt; años, para probar Bearings con muchos datos (de 1 a 20).</translation>
    </message>
    <message>
        <source>demo: the seed of the story; the same seed gives the same story.</source>
        <translation>demo: la semilla de la historia; la misma semilla da la misma historia.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The --%1 option belongs to a command.</source>
        <translation>La opción --%1 pertenece a una orden.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>The %1 command does not take --%2.</source>
        <translation>La orden %1 no admite --%2.</translation>
    </message>
    <message>
        <source>The demo command takes no arguments.</source>
        <translation>La orden demo no admite argumentos.</translation>
    </message>
    <message>
        <source>The demo command needs --vault PATH for the new vault.</source>
        <translation>La orden demo necesita --vault PATH para la nueva caja fuerte.</translation>
    </message>
    <message>
        <source>Use either --weeks or --years, not both.</source>
        <translation>Usa --weeks o --years, no los dos.</translation>
    </message>
    <message>
        <source>--weeks needs a whole number from 4 to 520.</source>
        <translation>--weeks necesita un número entero de 4 a 520.</translation>
    </message>
    <message>
        <source>--years needs a whole number from 1 to 20.</source>
        <translation>--years necesita un número entero de 1 a 20.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed necesita un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>The export command needs -o FILE.</source>
        <translation>La orden export necesita -o FILE.</translation>
    </message>
    <message>
        <source>Say what to import: &apos;import json FILE&apos;.</source>
        <translation>Indica qué importar: &apos;import json FILE&apos;.</translation>
    </message>
    <message>
        <source>The check command takes no arguments.</source>
        <translation>La orden check no admite argumentos.</translation>
    </message>
    <message>
        <source>Run &apos;bearings --help&apos; to see the commands and options.</source>
        <translation>Ejecuta &apos;bearings --help&apos; para ver las órdenes y opciones.</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; does not take --%2.</source>
        <translation>&apos;export %1&apos; no admite --%2.</translation>
    </message>
    <message>
        <source>Say which format to write: --format pdf, html, txt or md.</source>
        <translation>Indica el formato: --format pdf, html, txt o md.</translation>
    </message>
    <message>
        <source>The wallet card can be written as PDF or HTML: use --format pdf or --format html with --card.</source>
        <translation>La tarjeta de bolsillo se puede escribir como PDF o HTML: usa --format pdf o --format html con --card.</translation>
    </message>
    <message>
        <source>--paper needs a4 or letter.</source>
        <translation>--paper necesita a4 o letter.</translation>
    </message>
    <message>
        <source>Say which format to write: --format pdf or html.</source>
        <translation>Indica el formato: --format pdf o html.</translation>
    </message>
    <message>
        <source>Say whose incidents to report: --relationship ID or NAME.</source>
        <translation>Indica de quién son los incidentes del informe: --relationship ID o NAME.</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD.</source>
        <translation>--from y --to necesitan fechas con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--from needs to be on or before --to.</source>
        <translation>--from tiene que ser igual o anterior a --to.</translation>
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
        <translation>Bearings es un lugar privado y sin conexión para hacer balance de una relación que te hace daño.
Sin ninguna orden, abre la aplicación.

Órdenes (nunca necesitan pantalla):
  demo --vault PATH [--weeks N | --years N] [--seed S]
                          Crear una caja fuerte nueva con una historia de ejemplo.
  export json|csv -o FILE  Escribir el contenido de la caja fuerte como JSON, o el diario como CSV.
  export safety-plan --format pdf|html|txt|md [--card] [--paper a4|letter] -o FILE
                          Escribir el plan de seguridad para imprimirlo o guardarlo; con --card
                          (pdf o html), solo la tarjeta de bolsillo con lo esencial.
  export incident-report --relationship ID|NAME --from YYYY-MM-DD --to YYYY-MM-DD
                         --format pdf|html -o FILE
                          Escribir un registro fechado y objetivo de los incidentes de una relación,
                          con la cabeza de la cadena de incidentes y cómo verificarla.
  import json FILE [--replace]
                          Leer una exportación JSON en la caja fuerte. Primero se revisa el archivo
                          entero; una caja fuerte que ya tiene registros necesita --replace.
  check [--head HEX]      Comprobar la integridad de la caja fuerte, contar sus registros y verificar
                          la cadena de incidentes; --head confirma una cabeza impresa en un informe.

Códigos de salida: 0 hecho, 1 error, 2 uso incorrecto, 3 frase de contraseña incorrecta,
4 archivo dañado o no válido, 5 no se ha podido leer o escribir el archivo.</translation>
    </message>
    <message>
        <source>export safety-plan: pdf, html, txt or md.</source>
        <translation>export safety-plan: pdf, html, txt o md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export safety-plan: only the wallet card (with --format pdf or html).</source>
        <translation>export safety-plan: solo la tarjeta de bolsillo (con --format pdf o html).</translation>
    </message>
    <message>
        <source>export safety-plan: a4 or letter (default: what the plan&apos;s region uses).</source>
        <translation>export safety-plan: a4 o letter (por defecto, lo que se usa en la región del plan).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>export incident-report: whose incidents, by id or name.</source>
        <translation>export incident-report: de quién son los incidentes, por id o por nombre.</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>export incident-report: the first day of the report.</source>
        <translation>export incident-report: el primer día del informe.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>export incident-report: the last day of the report.</source>
        <translation>export incident-report: el último día del informe.</translation>
    </message>
    <message>
        <source>check: confirm that &lt;hex&gt;, a chain head printed in a report, is part of the chain.</source>
        <translation>check: confirmar que &lt;hex&gt;, una cabeza de cadena impresa en un informe, forma parte de la cadena.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Say what to export: &apos;export json -o FILE&apos;, &apos;export csv -o FILE&apos; or &apos;export safety-plan --format pdf -o FILE&apos;.</source>
        <translation>Indica qué exportar: &apos;export json -o FILE&apos;, &apos;export csv -o FILE&apos; o &apos;export safety-plan --format pdf -o FILE&apos;.</translation>
    </message>
    <message>
        <source>--head needs the 64 hexadecimal characters of a chain head.</source>
        <translation>--head necesita los 64 caracteres hexadecimales de una cabeza de cadena.</translation>
    </message>
</context>
<context>
    <name>bearings::app::Commands</name>
    <message>
        <source>There is no vault at %1.</source>
        <translation>No hay ninguna caja fuerte en %1.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Something already exists at %1. Bearings will not overwrite it; choose a new file name.</source>
        <translation>Ya hay algo en %1. Bearings no lo va a sobrescribir; elige otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Passphrase for the new vault:</source>
        <translation>Frase de contraseña para la nueva caja fuerte:</translation>
    </message>
    <message>
        <source>Please use a passphrase of at least %1 characters.</source>
        <translation>Usa, por favor, una frase de contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Created a demo vault at %1 with %2 relationships, %3 journal entries (%4 incidents), %5 boundaries, %6 breaches, %7 check-ins and %8 message drafts.</source>
        <translation>Caja fuerte de demostración creada en %1 con %2 relaciones, %3 notas del diario (%4 incidentes), %5 límites, %6 incumplimientos, %7 repasos y %8 borradores de mensaje.</translation>
    </message>
    <message>
        <source>Wrote %1. This file is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Se ha escrito %1. Este archivo no está cifrado: guárdalo en un lugar seguro y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation>Importado en %1:</translation>
    </message>
    <message>
        <source>The vault at %1 is intact (schema version %2).</source>
        <translation>La caja fuerte de %1 está intacta (versión del esquema %2).</translation>
    </message>
    <message>
        <source>The head %1 is not part of this chain.</source>
        <translation>La cabeza %1 no forma parte de esta cadena.</translation>
    </message>
    <message>
        <source>The head %1 is link %2 of %3 in this chain.</source>
        <translation>La cabeza %1 es el eslabón %2 de %3 de esta cadena.</translation>
    </message>
    <message>
        <source>There is no relationship &quot;%1&quot; in this vault.</source>
        <translation>En esta caja fuerte no hay ninguna relación «%1».</translation>
    </message>
    <message>
        <source>More than one relationship is called &quot;%1&quot;; please give its id.</source>
        <translation>Hay más de una relación llamada «%1»; indica su id, por favor.</translation>
    </message>
    <message>
        <source>The vault has no relationships.</source>
        <translation>La caja fuerte no tiene relaciones.</translation>
    </message>
    <message>
        <source>The vault has: %1.</source>
        <translation>La caja fuerte tiene: %1.</translation>
    </message>
</context>
<context>
    <name>bearings::app::PassphraseReader</name>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation>No se ha recibido ninguna frase de contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>This command needs the vault&apos;s passphrase. Add --passphrase-stdin and write the passphrase on the first line of standard input.</source>
        <translation>Esta orden necesita la frase de contraseña de la caja fuerte. Añade --passphrase-stdin y escribe la frase de contraseña en la primera línea de la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>bearings::exchange::JsonExchange</name>
    <message>
        <source>The file cannot be imported: %1 (at %2). Nothing was changed.</source>
        <translation>No se puede importar el archivo: %1 (en %2). No ha cambiado nada.</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>hace falta un valor</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero y se encontró %1</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 está fuera del rango de %2 a %3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número y se encontró %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false y se encontró %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>se esperaba texto y se encontró %1</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>el texto tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>expected a date and time, found %1</source>
        <translation>se esperaba una fecha y una hora y se encontró %1</translation>
    </message>
    <message>
        <source>expected a date, found %1</source>
        <translation>se esperaba una fecha y se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB; the limit is %2 MB). Nothing was changed.</source>
        <translation>El archivo es demasiado grande para importarlo (%1 MB; el máximo es %2 MB). No ha cambiado nada.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>El archivo no es JSON válido: %1 en la línea %2, columna %3. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>this is not a Bearings export</source>
        <translation>esto no es una exportación de Bearings</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>se esperaba un número entero de al menos 1</translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Bearings (format %1). Please update Bearings to import it. Nothing was changed.</source>
        <translation>Este archivo se exportó con una versión más reciente de Bearings (formato %1). Actualiza Bearings, por favor, para importarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>this section is not part of the format</source>
        <translation>esta sección no forma parte del formato</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>más de %1 registros</translation>
    </message>
    <message>
        <source>this field is not part of the format</source>
        <translation>este campo no forma parte del formato</translation>
    </message>
    <message>
        <source>refers to %1 id %2, which is not in the file</source>
        <translation>hace referencia a %1 con el id %2, que no está en el archivo</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>%1 repetido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag id</source>
        <translation>«%1» no es un id de etiqueta válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in tag nor in userTags</source>
        <translation>«%1» no es una etiqueta incluida ni está en userTags</translation>
    </message>
    <message>
        <source>a severity is only recorded for incidents</source>
        <translation>la gravedad solo se registra en los incidentes</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>count the records</source>
        <translation>contar los registros</translation>
    </message>
    <message>
        <source>This vault already holds records. Import into a new, empty vault, or choose to replace what is there. Nothing was changed.</source>
        <translation>Esta caja fuerte ya tiene registros. Impórtalo en una caja fuerte nueva y vacía, o elige sustituir lo que hay. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported: a %1 record does not fit the vault. Nothing was changed.</source>
        <translation>No se puede importar el archivo: un registro de tipo %1 no encaja en la caja fuerte. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Bearings could not prepare the import.</source>
        <translation>Bearings no ha podido preparar la importación.</translation>
    </message>
</context>
<context>
    <name>bearings::sql</name>
    <message>
        <source>Bearings could not %1.</source>
        <translation>Bearings no ha podido %1.</translation>
    </message>
    <message>
        <source>A database statement is invalid.</source>
        <translation>Una instrucción de la base de datos no es válida.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Ha fallado una instrucción de la base de datos.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AppController</name>
    <message>
        <source>Creating your vault. This takes a moment.</source>
        <translation>Estamos creando tu caja fuerte. Tarda un momento.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Abriendo tu caja fuerte…</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Abriendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Saved. Everything is safely stored again.</source>
        <translation>Guardado. Todo vuelve a estar a salvo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Bearings locked, but your most recent changes could not be saved: %1 Everything up to the last save is safe.</source>
        <translation>Bearings se ha bloqueado, pero tus últimos cambios no se han podido guardar: %1 Todo lo guardado hasta entonces está a salvo.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Conservar mi versión</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AreaInfo</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>En qué punto estoy</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>How things have been going, week by week.</source>
        <translation>Cómo han ido las cosas, semana a semana.</translation>
    </message>
    <message>
        <source>A private record of contact and how it felt.</source>
        <translation>Un registro privado del contacto y de cómo te sentiste.</translation>
    </message>
    <message>
        <source>The limits you set, and how they have held.</source>
        <translation>Los límites que has puesto y cómo se han mantenido.</translation>
    </message>
    <message>
        <source>A few quiet minutes each week to look back.</source>
        <translation>Unos minutos de calma cada semana para mirar atrás.</translation>
    </message>
    <message>
        <source>Take stock of this relationship and choose a way forward.</source>
        <translation>Haz balance de esta relación y elige un camino.</translation>
    </message>
    <message>
        <source>Draft what you want to say, calmly and clearly.</source>
        <translation>Escribe lo que quieres decir, con calma y claridad.</translation>
    </message>
    <message>
        <source>Who to call and where to go if you need to be safe.</source>
        <translation>A quién llamar y adónde ir si necesitas ponerte a salvo.</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Tu diario está vacío</translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation>Todavía no hay límites</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Todavía no hay repasos</translation>
    </message>
    <message>
        <source>You haven&apos;t taken stock yet</source>
        <translation>Todavía no has hecho balance</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Todavía no hay borradores</translation>
    </message>
    <message>
        <source>Your safety plan is empty</source>
        <translation>Tu plan de seguridad está vacío</translation>
    </message>
    <message>
        <source>Once you have a few journal notes and check-ins, you&apos;ll see here how things change over the weeks. The trend matters more than any single day.</source>
        <translation>Cuando tengas algunas notas en el diario y algunos repasos, verás aquí cómo cambian las cosas a lo largo de las semanas. La tendencia importa más que un día suelto.</translation>
    </message>
    <message>
        <source>After contact with this person, jot down when it happened, how you felt before, during and after, and what happened. A few weeks of notes make patterns easier to see.</source>
        <translation>Después de un contacto con esta persona, apunta cuándo fue, cómo te sentiste antes, durante y después, y qué pasó. Con unas semanas de notas es más fácil ver los patrones.</translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens again. Keeping a note of each time it is crossed shows how well it holds.</source>
        <translation>Un límite nombra una conducta, hasta dónde llegas tú y lo que harás si vuelve a pasar. Si apuntas cada vez que se traspasa, verás cómo se mantiene.</translation>
    </message>
    <message>
        <source>Once a week, note what helped and what made things harder. Every four weeks, a longer look back helps you decide what to change.</source>
        <translation>Una vez a la semana, apunta qué te ayudó y qué lo puso más difícil. Cada cuatro semanas, un repaso más largo te ayuda a decidir qué cambiar.</translation>
    </message>
    <message>
        <source>A short set of questions helps you see whether repair, less contact or no contact fits best. If anything points to danger, your safety comes first.</source>
        <translation>Unas pocas preguntas te ayudan a ver qué encaja mejor: reparar, menos contacto o ningún contacto. Si algo apunta a un peligro, tu seguridad va primero.</translation>
    </message>
    <message>
        <source>Start from a template for a boundary, stepping back or ending contact, and shape it into your own words. Nothing is ever sent from here.</source>
        <translation>Parte de una plantilla para un límite, para tomar distancia o para cortar el contacto, y dale forma con tus propias palabras. Desde aquí nunca se envía nada.</translation>
    </message>
    <message>
        <source>Write down trusted people to call, safe places to go and what to take with you. You can print it and keep it somewhere only you know.</source>
        <translation>Anota a qué personas de confianza llamar, a qué lugares seguros ir y qué llevarte. Puedes imprimirlo y guardarlo en un sitio que solo tú conozcas.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentHistory</name>
    <message>
        <source>Your assessments over time</source>
        <translation>Tus valoraciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>One row for each assessment, newest first. Press Enter to see a result.</source>
        <translation>Una fila por valoración, la más reciente primero. Pulsa Intro para ver un resultado.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation>Daño</translation>
    </message>
    <message>
        <source>Repair signs</source>
        <translation>Señales de reparación</translation>
    </message>
    <message>
        <source>Cut-off signs</source>
        <translation>Señales de corte</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Riesgos para tu seguridad</translation>
    </message>
    <message>
        <source>How strongly the questions about harm were answered</source>
        <translation>Con qué intensidad se respondieron las preguntas sobre el daño</translation>
    </message>
    <message>
        <source>When you finish an assessment, it appears here, so you can compare how things change over time.</source>
        <translation>Cuando termines una valoración, aparecerá aquí, para que puedas comparar cómo cambian las cosas con el tiempo.</translation>
    </message>
    <message>
        <source>Percentages show how strongly each group of questions was answered. Select a row to see that result.</source>
        <translation>Los porcentajes muestran con qué intensidad se respondió cada grupo de preguntas. Selecciona una fila para ver ese resultado.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentPage</name>
    <message>
        <source>Where I stand</source>
        <translation>En qué punto estoy</translation>
    </message>
    <message>
        <source>Who is this about?</source>
        <translation>¿De quién se trata?</translation>
    </message>
    <message>
        <source>Taking stock looks at one relationship at a time. Add the person it is about, then come back here.</source>
        <translation>El balance mira una relación cada vez. Añade a la persona de la que se trata y vuelve aquí.</translation>
    </message>
    <message>
        <source>Take stock</source>
        <translation>Hacer balance</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>A short set of questions about how this relationship affects you, in five steps. It takes about ten minutes. You can stop at any time and continue later.</source>
        <translation>Unas preguntas breves sobre cómo te afecta esta relación, en cinco pasos. Se tarda unos diez minutos. Puedes parar cuando quieras y seguir más tarde.</translation>
    </message>
    <message>
        <source>&amp;Take stock now</source>
        <translation>&amp;Hacer balance ahora</translation>
    </message>
    <message>
        <source>Take stock now</source>
        <translation>Hacer balance ahora</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue your unfinished assessment</source>
        <translation>Continuar tu valoración sin terminar</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>Your unfinished answers are replaced when you save or finish.</source>
        <translation>Tus respuestas sin terminar se sustituyen cuando guardas o terminas.</translation>
    </message>
    <message>
        <source>See the full result</source>
        <translation>Ver el resultado completo</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>See what your own answers suggest, and how that changes over time.</source>
        <translation>Mira lo que sugieren tus propias respuestas y cómo cambia con el tiempo.</translation>
    </message>
    <message>
        <source>How things stand with %1, in your own answers, and how that changes over time.</source>
        <translation>Cómo están las cosas con %1 según tus propias respuestas, y cómo cambia con el tiempo.</translation>
    </message>
    <message>
        <source>You have an unfinished assessment from %1.</source>
        <translation>Tienes una valoración sin terminar del %1.</translation>
    </message>
    <message>
        <source>Last time, on %1: %2</source>
        <translation>La última vez, el %1: %2</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentQuestionRow</name>
    <message>
        <source>Why we ask: %1</source>
        <translation>Por qué lo preguntamos: %1</translation>
    </message>
    <message>
        <source>A few words are enough, or leave it empty.</source>
        <translation>Bastan unas palabras, o déjalo en blanco.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentResultView</name>
    <message>
        <source>What your answers suggest</source>
        <translation>Lo que sugieren tus respuestas</translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation>Volver al resumen</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Volver al resumen</translation>
    </message>
    <message>
        <source>This result could not be opened. It may have been removed.</source>
        <translation>No se ha podido abrir este resultado. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>From the questions you answered on %1. These are your own answers, brought together. What you do with them is yours to decide, in your own time.</source>
        <translation>A partir de las preguntas que respondiste el %1. Son tus propias respuestas, reunidas. Lo que hagas con ellas lo decides tú, a tu ritmo.</translation>
    </message>
    <message>
        <source>Some of your answers are about your safety. Before anything else, what matters is that you are safe.</source>
        <translation>Algunas de tus respuestas tienen que ver con tu seguridad. Antes que nada, lo que importa es que estés a salvo.</translation>
    </message>
    <message>
        <source>What led here</source>
        <translation>Qué ha llevado hasta aquí</translation>
    </message>
    <message>
        <source>No single answer stood out. When answers are mixed or left blank, stepping back a little gives you room to see more clearly.</source>
        <translation>Ninguna respuesta destacó por sí sola. Cuando las respuestas son variadas o están en blanco, tomar un poco de distancia te da espacio para ver más claro.</translation>
    </message>
    <message>
        <source>No single answer stood out. The suggestion comes from your answers as a whole.</source>
        <translation>Ninguna respuesta destacó por sí sola. La sugerencia sale del conjunto de tus respuestas.</translation>
    </message>
    <message>
        <source>The answers that weighed most, strongest first.</source>
        <translation>Las respuestas que más han pesado, de la más fuerte a la más débil.</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Tu respuesta: %1</translation>
    </message>
    <message>
        <source>Paths that keep your safety first</source>
        <translation>Caminos que ponen tu seguridad por delante</translation>
    </message>
    <message>
        <source>What each path involves</source>
        <translation>Qué supone cada camino</translation>
    </message>
    <message>
        <source>Working on it together</source>
        <translation>Trabajar en ello juntos</translation>
    </message>
    <message>
        <source>This asks something of both of you. The other person names the harm and takes responsibility, consistently, not only once. It goes best with clear boundaries, people to support you, realistic expectations and a set trial period, so you can see whether things really change.</source>
        <translation>Esto os pide algo a los dos. La otra persona reconoce el daño y asume su responsabilidad, de forma constante y no solo una vez. Funciona mejor con límites claros, gente que te apoye, expectativas realistas y un periodo de prueba fijo, para que puedas ver si las cosas cambian de verdad.</translation>
    </message>
    <message>
        <source>Limiting contact</source>
        <translation>Limitar el contacto</translation>
    </message>
    <message>
        <source>Less contact, on your terms: shorter visits, texts instead of calls, topics that are off limits, meeting in public or with someone you trust nearby, and time limits. It can keep some connection while protecting your well-being.</source>
        <translation>Menos contacto, en tus términos: visitas más cortas, mensajes en lugar de llamadas, temas que no se tocan, quedar en sitios públicos o con alguien de confianza cerca, y límites de tiempo. Así puede quedar algo de relación mientras proteges tu bienestar.</translation>
    </message>
    <message>
        <source>Ending contact</source>
        <translation>Cortar el contacto</translation>
    </message>
    <message>
        <source>Stepping away, for good or for as long as you need. It goes best with a plan: what you will say and when, who you will tell, and the practical ties to untangle, with your safety first at every step.</source>
        <translation>Alejarte, para siempre o durante el tiempo que necesites. Funciona mejor con un plan: qué dirás y cuándo, a quién se lo contarás y qué lazos prácticos hay que deshacer, con tu seguridad por delante en cada paso.</translation>
    </message>
    <message>
        <source>%1 (what your answers suggest)</source>
        <translation>%1 (lo que sugieren tus respuestas)</translation>
    </message>
    <message>
        <source>Any change in contact can bring a reaction. A hotline advocate or someone you trust can help you plan it safely.</source>
        <translation>Cualquier cambio en el contacto puede provocar una reacción. Una persona de una línea de ayuda o alguien de confianza puede ayudarte a planificarlo con seguridad.</translation>
    </message>
    <message>
        <source>Next steps, if you want them</source>
        <translation>Próximos pasos, si quieres</translation>
    </message>
    <message>
        <source>Each of these opens another part of Bearings. You can come back here at any time.</source>
        <translation>Cada uno abre otra parte de Bearings. Puedes volver aquí cuando quieras.</translation>
    </message>
    <message>
        <source>Fill in your safety plan</source>
        <translation>Rellenar tu plan de seguridad</translation>
    </message>
    <message>
        <source>Set boundaries</source>
        <translation>Poner límites</translation>
    </message>
    <message>
        <source>Draft a message</source>
        <translation>Escribir un borrador de mensaje</translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation>Empezar un plan de prueba</translation>
    </message>
    <message>
        <source>Give the path you choose a fair trial, with a check-in each week.</source>
        <translation>Da al camino que elijas un periodo de prueba justo, con un repaso cada semana.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentText</name>
    <message>
        <source>Work on it together</source>
        <translation>Trabajar en ello juntos</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>Limitar el contacto</translation>
    </message>
    <message>
        <source>End contact</source>
        <translation>Cortar el contacto</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Primero, tu seguridad</translation>
    </message>
    <message>
        <source>Your answers suggest that working on this relationship together may be possible.</source>
        <translation>Tus respuestas sugieren que quizá sea posible trabajar juntos en esta relación.</translation>
    </message>
    <message>
        <source>Your answers suggest limiting contact, to protect your well-being.</source>
        <translation>Tus respuestas sugieren limitar el contacto para proteger tu bienestar.</translation>
    </message>
    <message>
        <source>Your answers suggest ending contact, planned with care and with your safety in mind.</source>
        <translation>Tus respuestas sugieren cortar el contacto, planificándolo con cuidado y pensando en tu seguridad.</translation>
    </message>
    <message>
        <source>Your answers suggest putting your safety first.</source>
        <translation>Tus respuestas sugieren poner tu seguridad por delante.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>A menudo</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>How it affects you</source>
        <translation>Cómo te afecta</translation>
    </message>
    <message>
        <source>What could help things change</source>
        <translation>Qué podría ayudar a que las cosas cambien</translation>
    </message>
    <message>
        <source>What keeps happening</source>
        <translation>Lo que se repite</translation>
    </message>
    <message>
        <source>Your safety</source>
        <translation>Tu seguridad</translation>
    </message>
    <message>
        <source>Thinking it through</source>
        <translation>Pensarlo con calma</translation>
    </message>
    <message>
        <source>These questions are about how you feel around this person. There are no right or wrong answers.</source>
        <translation>Estas preguntas tratan de cómo te sientes con esta persona. No hay respuestas correctas ni incorrectas.</translation>
    </message>
    <message>
        <source>These look at whether the ground is there for things to get better between you.</source>
        <translation>Estas preguntas miran si hay base para que las cosas mejoren entre vosotros.</translation>
    </message>
    <message>
        <source>These look at patterns that tend to make lasting change hard, however much you want it.</source>
        <translation>Estas preguntas miran patrones que suelen hacer difícil un cambio duradero, por mucho que lo desees.</translation>
    </message>
    <message>
        <source>These questions are about your safety. If any of them is true for you, your safety comes first.</source>
        <translation>Estas preguntas tratan de tu seguridad. Si alguna es cierta para ti, tu seguridad va primero.</translation>
    </message>
    <message>
        <source>These are just for you. Write as much or as little as you like. Your words are not scored.</source>
        <translation>Estas son solo para ti. Escribe tanto o tan poco como quieras. Tus palabras no se puntúan.</translation>
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
        <translation>Hacer balance: las preguntas</translation>
    </message>
    <message>
        <source>Progress through the questions</source>
        <translation>Progreso por las preguntas</translation>
    </message>
    <message>
        <source>When you finish, any question you left blank counts as “no” or “never”.</source>
        <translation>Al terminar, cada pregunta que dejes en blanco cuenta como «no» o «nunca».</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Guardar y terminar más &amp;tarde</translation>
    </message>
    <message>
        <source>Save your answers and finish later</source>
        <translation>Guardar tus respuestas y terminar más tarde</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Finish and see what your answers suggest</source>
        <translation>Terminar y ver lo que sugieren tus respuestas</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now. %1</source>
        <translation>Ahora mismo no se han podido guardar tus respuestas. %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Thank you for telling us. Your safety comes first. If you are in danger right now, call your local emergency number.</source>
        <translation>Gracias por contárnoslo. Tu seguridad es lo primero. Si ahora mismo estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Thank you for telling us. Your safety comes first. If you are in danger right now, call %1.</source>
        <translation>Gracias por contárnoslo. Tu seguridad es lo primero. Si ahora mismo estás en peligro, llama al %1.</translation>
    </message>
    <message>
        <source>You can leave questions you’d rather not answer.</source>
        <translation>Puedes dejar sin responder las preguntas que prefieras no contestar.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::BoundariesPage</name>
    <message>
        <source>No relationship yet</source>
        <translation>Todavía no hay ninguna relación</translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can write down your boundaries here.</source>
        <translation>Cuando hayas añadido una relación, podrás escribir aquí tus límites.</translation>
    </message>
    <message>
        <source>Edit in the assessment</source>
        <translation>Editar en la valoración</translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation>Todavía no hay límites</translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens. It is not a punishment: it says what you will do to look after yourself. Keep it to something you can carry out every time.</source>
        <translation>Un límite nombra una conducta, hasta dónde llegas tú y lo que harás si pasa. No es un castigo: dice lo que harás para cuidarte. Elige algo que puedas cumplir siempre.</translation>
    </message>
    <message>
        <source>Retired boundaries</source>
        <translation>Límites retirados</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>If this happens, I will… Follow-through matters more than the number of boundaries.</source>
        <translation>Si pasa esto, yo… Cumplir importa más que el número de límites.</translation>
    </message>
    <message>
        <source>Edit your non-negotiables in the assessment</source>
        <translation>Editar lo innegociable en la valoración</translation>
    </message>
    <message>
        <source>Non-negotiables</source>
        <translation>Lo innegociable</translation>
    </message>
    <message>
        <source>You have not named any non-negotiables yet: the few behaviours you will not accept at all.</source>
        <translation>Todavía no has nombrado nada innegociable: las pocas conductas que no aceptarás de ninguna manera.</translation>
    </message>
    <message>
        <source>The boundary was deleted.</source>
        <translation>El límite se ha eliminado.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The crossing was deleted.</source>
        <translation>El incumplimiento se ha eliminado.</translation>
    </message>
    <message>
        <source>The crossing is back.</source>
        <translation>El incumplimiento ha vuelto.</translation>
    </message>
    <message>
        <source>The boundary is back.</source>
        <translation>El límite ha vuelto.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::BoundaryCard</name>
    <message>
        <source>It was crossed…</source>
        <translation>Se ha traspasado…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Volver a usar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>I followed through</source>
        <translation>Lo cumplí</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete crossing</source>
        <translation>Eliminar el incumplimiento</translation>
    </message>
    <message>
        <source>Delete this boundary and every crossing logged for it? You can undo this until you lock Bearings.</source>
        <translation>¿Eliminar este límite y todos los incumplimientos anotados? Puedes deshacerlo hasta que bloquees Bearings.</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué pasó (opcional)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Past crossings, newest first</source>
        <translation>Incumplimientos anteriores, los más recientes primero</translation>
    </message>
    <message>
        <source>Nothing to follow through on yet</source>
        <translation>Todavía no hay nada que cumplir</translation>
    </message>
    <message>
        <source>Followed through the one time</source>
        <translation>Cumplido la única vez</translation>
    </message>
    <message>
        <source>Not followed through the one time</source>
        <translation>No cumplido la única vez</translation>
    </message>
    <message>
        <source>Followed through %1 of %2 times</source>
        <translation>Cumplido %1 de %2 veces</translation>
    </message>
    <message>
        <source>Not crossed yet</source>
        <translation>Todavía no se ha traspasado</translation>
    </message>
    <message>
        <source>Not crossed before today</source>
        <translation>No se había traspasado antes de hoy</translation>
    </message>
    <message>
        <source>Last crossed today</source>
        <translation>Traspasado por última vez hoy</translation>
    </message>
    <message>
        <source>1 day since it was last crossed</source>
        <translation>1 día desde la última vez que se traspasó</translation>
    </message>
    <message>
        <source>%1 days since it was last crossed</source>
        <translation>%1 días desde la última vez que se traspasó</translation>
    </message>
    <message>
        <source>No crossings logged</source>
        <translation>No hay incumplimientos anotados</translation>
    </message>
    <message>
        <source>Crossed once</source>
        <translation>Traspasado una vez</translation>
    </message>
    <message>
        <source>Crossed %1 times</source>
        <translation>Traspasado %1 veces</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>My limit: %1</source>
        <translation>Hasta dónde llego: %1</translation>
    </message>
    <message>
        <source>If it happens: %1</source>
        <translation>Si pasa: %1</translation>
    </message>
    <message>
        <source>Boundary: %1</source>
        <translation>Límite: %1</translation>
    </message>
    <message>
        <source>Log a time this boundary was crossed: %1</source>
        <translation>Anotar una vez que se traspasó este límite: %1</translation>
    </message>
    <message>
        <source>Edit the boundary: %1</source>
        <translation>Editar el límite: %1</translation>
    </message>
    <message>
        <source>Retire the boundary: %1</source>
        <translation>Retirar el límite: %1</translation>
    </message>
    <message>
        <source>Use this boundary again: %1</source>
        <translation>Volver a usar este límite: %1</translation>
    </message>
    <message>
        <source>Delete the boundary: %1</source>
        <translation>Eliminar el límite: %1</translation>
    </message>
    <message>
        <source>Yes, delete the boundary</source>
        <translation>Sí, eliminar el límite</translation>
    </message>
    <message>
        <source>Keep the boundary</source>
        <translation>Conservar el límite</translation>
    </message>
    <message>
        <source>When it was crossed</source>
        <translation>Cuándo se traspasó</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Save this crossing</source>
        <translation>Guardar este incumplimiento</translation>
    </message>
    <message>
        <source>Cancel logging a crossing</source>
        <translation>Cancelar la anotación del incumplimiento</translation>
    </message>
    <message>
        <source>Delete the selected crossing</source>
        <translation>Eliminar el incumplimiento seleccionado</translation>
    </message>
    <message>
        <source>Hide crossings</source>
        <translation>Ocultar incumplimientos</translation>
    </message>
    <message>
        <source>Show crossings</source>
        <translation>Mostrar incumplimientos</translation>
    </message>
    <message>
        <source>Hide the past crossings of: %1</source>
        <translation>Ocultar los incumplimientos anteriores de: %1</translation>
    </message>
    <message>
        <source>Show the past crossings of: %1</source>
        <translation>Mostrar los incumplimientos anteriores de: %1</translation>
    </message>
    <message>
        <source>followed through</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not followed through</source>
        <translation>no cumplido</translation>
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
        <translation>La conducta</translation>
    </message>
    <message>
        <source>For example: shouting at me</source>
        <translation>Por ejemplo: gritarme</translation>
    </message>
    <message>
        <source>My limit</source>
        <translation>Hasta dónde llego</translation>
    </message>
    <message>
        <source>For example: I will not stay in a conversation where I am shouted at</source>
        <translation>Por ejemplo: no me quedaré en una conversación en la que me griten</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si pasa</translation>
    </message>
    <message>
        <source>For example: I will say we can talk later, and leave the room</source>
        <translation>Por ejemplo: diré que podemos hablar más tarde y saldré de la habitación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop editing this boundary</source>
        <translation>Dejar de editar este límite</translation>
    </message>
    <message>
        <source>When this happens</source>
        <translation>Cuando pase esto</translation>
    </message>
    <message>
        <source>Edit this boundary</source>
        <translation>Editar este límite</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the changes to this boundary</source>
        <translation>Guardar los cambios de este límite</translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation>Añadir un límite</translation>
    </message>
    <message>
        <source>Add boundary</source>
        <translation>Añadir límite</translation>
    </message>
    <message>
        <source>Add this boundary</source>
        <translation>Añadir este límite</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ChartPanel</name>
    <message>
        <source>Save or print</source>
        <translation>Guardar o imprimir</translation>
    </message>
    <message>
        <source>Save or print the chart &quot;%1&quot;</source>
        <translation>Guardar o imprimir el gráfico «%1»</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Guardar como imagen PNG…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Guardar como dibujo SVG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Todavía no hay ningún gráfico que guardar.</translation>
    </message>
    <message>
        <source>The image could not be made.</source>
        <translation>No se ha podido crear la imagen.</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Guardar el gráfico como dibujo SVG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>El gráfico se ha guardado en %1.</translation>
    </message>
    <message>
        <source>The chart could not be saved. %1</source>
        <translation>No se ha podido guardar el gráfico. %1</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Imprimir el gráfico</translation>
    </message>
</context>
<context>
    <name>bearings::ui::CheckInsPage</name>
    <message>
        <source>Your trial starts on %1</source>
        <translation>Tu periodo de prueba empieza el %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>All %1 weeks of the trial are done</source>
        <translation>Las %1 semanas del periodo de prueba han terminado</translation>
    </message>
    <message>
        <source>%1 · next check-in %2</source>
        <translation>%1 · próximo repaso %2</translation>
    </message>
    <message>
        <source>Week %1&apos;s check-in is still open — you can fill it in now.</source>
        <translation>El repaso de la semana %1 sigue pendiente — puedes hacerlo ahora.</translation>
    </message>
    <message>
        <source>The check-ins for weeks %1 are still open — you can fill them in now, one at a time.</source>
        <translation>Los repasos de las semanas %1 siguen pendientes — puedes hacerlos ahora, uno a uno.</translation>
    </message>
    <message>
        <source>target: at least %1</source>
        <translation>objetivo: al menos %1</translation>
    </message>
    <message>
        <source>target: at most %1</source>
        <translation>objetivo: como mucho %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Check-ins belong to a trial plan</source>
        <translation>Los repasos forman parte de un plan de prueba</translation>
    </message>
    <message>
        <source>A check-in is a short weekly look back at one trial plan: what helped, what made it harder, and how your signs of progress are doing. Once you have started a trial plan in the assessment, your check-ins appear here.</source>
        <translation>Un repaso es una mirada breve, cada semana, a un plan de prueba: qué te ayudó, qué lo puso más difícil y cómo van tus señales de progreso. Cuando hayas empezado un plan de prueba en la valoración, tus repasos aparecerán aquí.</translation>
    </message>
    <message>
        <source>What helped this week?</source>
        <translation>¿Qué te ayudó esta semana?</translation>
    </message>
    <message>
        <source>What made it harder?</source>
        <translation>¿Qué lo puso más difícil?</translation>
    </message>
    <message>
        <source>Overall rating of the week, from 0 to 10, optional</source>
        <translation>Puntuación general de la semana, de 0 a 10, opcional</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Revisión mensual</translation>
    </message>
    <message>
        <source>What patterns do you notice?</source>
        <translation>¿Qué patrones notas?</translation>
    </message>
    <message>
        <source>What progress do you see?</source>
        <translation>¿Qué progresos ves?</translation>
    </message>
    <message>
        <source>What would you change in the plan?</source>
        <translation>¿Qué cambiarías del plan?</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>A few minutes once a week: what helped, what made it harder. Over the trial, the weeks tell the story.</source>
        <translation>Unos minutos una vez a la semana: qué te ayudó y qué lo puso más difícil. A lo largo del periodo de prueba, las semanas cuentan la historia.</translation>
    </message>
    <message>
        <source>Go to the assessment</source>
        <translation>Ir a la valoración</translation>
    </message>
    <message>
        <source>Your trial</source>
        <translation>Tu periodo de prueba</translation>
    </message>
    <message>
        <source>Week of the check-in</source>
        <translation>Semana del repaso</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>What &amp;helped this week?</source>
        <translation>¿Qué te &amp;ayudó esta semana?</translation>
    </message>
    <message>
        <source>What made it &amp;harder?</source>
        <translation>¿Qué lo puso más &amp;difícil?</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>&amp;Overall, this week (optional)</source>
        <translation>En &amp;general, esta semana (opcional)</translation>
    </message>
    <message>
        <source>Month of the review</source>
        <translation>Mes de la revisión</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>&amp;Patrones</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>P&amp;rogreso</translation>
    </message>
    <message>
        <source>&amp;Changes to the plan</source>
        <translation>&amp;Cambios en el plan</translation>
    </message>
    <message>
        <source>Check-ins filed so far, by week</source>
        <translation>Repasos guardados hasta ahora, por semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>En general</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué te ayudó</translation>
    </message>
    <message>
        <source>What made it harder</source>
        <translation>Qué lo puso más difícil</translation>
    </message>
    <message>
        <source>Check-ins so far</source>
        <translation>Repasos hasta ahora</translation>
    </message>
    <message>
        <source>Choose a week to open its check-in and change it.</source>
        <translation>Elige una semana para abrir su repaso y cambiarlo.</translation>
    </message>
    <message>
        <source>Every four weeks there is room for a longer look back. The first one opens with week 4&apos;s check-in, on %1.</source>
        <translation>Cada cuatro semanas hay sitio para una mirada más larga hacia atrás. La primera se abre con el repaso de la semana 4, el %1.</translation>
    </message>
    <message>
        <source>Every four weeks there is room for a longer look back.</source>
        <translation>Cada cuatro semanas hay sitio para una mirada más larga hacia atrás.</translation>
    </message>
    <message>
        <source>The review of month %1 is ready when you are: a longer look at patterns, progress and what you would change.</source>
        <translation>La revisión del mes %1 te espera cuando quieras: una mirada más larga a los patrones, el progreso y lo que cambiarías.</translation>
    </message>
    <message>
        <source>Your reviews so far are written. The next one opens on %1.</source>
        <translation>Tus revisiones hasta ahora están escritas. La siguiente se abre el %1.</translation>
    </message>
    <message>
        <source>Your reviews are written. You can open one to change it.</source>
        <translation>Tus revisiones están escritas. Puedes abrir una para cambiarla.</translation>
    </message>
    <message>
        <source>%1, your rating from 0 to 10, %2</source>
        <translation>%1, tu puntuación de 0 a 10, %2</translation>
    </message>
    <message>
        <source>Week %1 — filed</source>
        <translation>Semana %1 — guardado</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Month %1 — written</source>
        <translation>Mes %1 — escrita</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mes %1</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the changes to week %1&apos;s check-in</source>
        <translation>Guardar los cambios del repaso de la semana %1</translation>
    </message>
    <message>
        <source>File this check-in</source>
        <translation>Guardar este repaso</translation>
    </message>
    <message>
        <source>File the check-in for week %1</source>
        <translation>Guardar el repaso de la semana %1</translation>
    </message>
    <message>
        <source>Save the changes to the review of month %1</source>
        <translation>Guardar los cambios de la revisión del mes %1</translation>
    </message>
    <message>
        <source>Save this review</source>
        <translation>Guardar esta revisión</translation>
    </message>
    <message>
        <source>Save the review of month %1</source>
        <translation>Guardar la revisión del mes %1</translation>
    </message>
    <message>
        <source>Your changes to week %1 are saved.</source>
        <translation>Tus cambios en la semana %1 están guardados.</translation>
    </message>
    <message>
        <source>%1 It is open below now.</source>
        <translation>%1 Ahora está abierto abajo.</translation>
    </message>
    <message>
        <source>Week %1&apos;s check-in is filed. Thank you for taking the time.</source>
        <translation>El repaso de la semana %1 está guardado. Gracias por dedicarle tiempo.</translation>
    </message>
    <message>
        <source>Your changes to the review of month %1 are saved.</source>
        <translation>Tus cambios en la revisión del mes %1 están guardados.</translation>
    </message>
    <message>
        <source>The review of month %1 is saved.</source>
        <translation>La revisión del mes %1 está guardada.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::CheckerPanel</name>
    <message>
        <source>Show in message</source>
        <translation>Mostrar en el mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Things the checker noticed</source>
        <translation>Lo que ha notado la revisión</translation>
    </message>
    <message>
        <source>Show the selected finding in the message</source>
        <translation>Mostrar en el mensaje la observación seleccionada</translation>
    </message>
    <message>
        <source>Dismiss the selected finding</source>
        <translation>Descartar la observación seleccionada</translation>
    </message>
    <message>
        <source>Bring back dismissed findings</source>
        <translation>Recuperar las observaciones descartadas</translation>
    </message>
    <message>
        <source>Nothing to flag. Read it through once more in the preview.</source>
        <translation>Nada que señalar. Vuelve a leerlo una vez más en la vista previa.</translation>
    </message>
    <message>
        <source>One thing you may want to look at.</source>
        <translation>Una cosa que quizá quieras revisar.</translation>
    </message>
    <message>
        <source>%1 things you may want to look at.</source>
        <translation>%1 cosas que quizá quieras revisar.</translation>
    </message>
    <message>
        <source>Bring back 1 dismissed</source>
        <translation>Recuperar 1 descartada</translation>
    </message>
    <message>
        <source>Bring back %1 dismissed</source>
        <translation>Recuperar %1 descartadas</translation>
    </message>
</context>
<context>
    <name>bearings::ui::DashboardCharts</name>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como mucho %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Before contact</source>
        <translation>Antes del contacto</translation>
    </message>
    <message>
        <source>During contact</source>
        <translation>Durante el contacto</translation>
    </message>
    <message>
        <source>After contact</source>
        <translation>Después del contacto</translation>
    </message>
    <message>
        <source>No moods recorded in these weeks. When you note how you felt before, during or after contact, the weekly averages appear here.</source>
        <translation>En estas semanas no hay estados de ánimo anotados. Cuando anotes cómo te sentiste antes, durante o después del contacto, aquí aparecerán las medias semanales.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>%1
%2: average %3 from %4 entries</source>
        <translation>%1
%2: media de %3 en %4 notas</translation>
    </message>
    <message>
        <source>Your target after contact (%1)</source>
        <translation>Tu objetivo después del contacto (%1)</translation>
    </message>
    <message>
        <source>Weekly average moods for %1 weeks with a mood recorded. After contact, the average over these weeks is %2.</source>
        <translation>Ánimo medio semanal en %1 semanas con el ánimo anotado. Después del contacto, la media de estas semanas es %2.</translation>
    </message>
    <message>
        <source>Weekly average moods for %1 weeks with a mood recorded.</source>
        <translation>Ánimo medio semanal en %1 semanas con el ánimo anotado.</translation>
    </message>
    <message>
        <source>Positive moments</source>
        <translation>Momentos positivos</translation>
    </message>
    <message>
        <source>Four horsemen</source>
        <translation>Los cuatro jinetes</translation>
    </message>
    <message>
        <source>Controlling patterns</source>
        <translation>Patrones de control</translation>
    </message>
    <message>
        <source>Other hurtful patterns</source>
        <translation>Otros patrones dañinos</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Nothing tagged in these weeks. When you tag what happened in a journal entry, the moments appear here, week by week.</source>
        <translation>En estas semanas no hay nada etiquetado. Cuando etiquetes lo que pasó en una nota del diario, los momentos aparecerán aquí, semana a semana.</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>In these weeks: %1 positive moments, %2 of the four horsemen, %3 controlling patterns, %4 other hurtful patterns and %5 incidents.</source>
        <translation>En estas semanas: %1 momentos positivos, %2 de los cuatro jinetes, %3 patrones de control, %4 otros patrones dañinos y %5 incidentes.</translation>
    </message>
    <message>
        <source>There is no trial yet. When you plan a trial and check in each week, your ratings appear here against the targets you set.</source>
        <translation>Todavía no hay ningún periodo de prueba. Cuando planifiques uno y hagas un repaso cada semana, tus puntuaciones aparecerán aquí junto a los objetivos que te marcaste.</translation>
    </message>
    <message>
        <source>No check-ins yet. Your weekly ratings will appear here after your first check-in.</source>
        <translation>Todavía no hay repasos. Tus puntuaciones semanales aparecerán aquí después del primero.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Trial weeks</source>
        <translation>Semanas de prueba</translation>
    </message>
    <message>
        <source>Trial week %1
%2: %3 out of 10</source>
        <translation>Semana de prueba %1
%2: %3 de 10</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>Objetivo: %1 (%2)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>En general</translation>
    </message>
    <message>
        <source>Trial week %1
Overall: %2 out of 10</source>
        <translation>Semana de prueba %1
En general: %2 de 10</translation>
    </message>
    <message>
        <source>One check-in in this trial, with %1 benchmark ratings.</source>
        <translation>Un repaso en este periodo de prueba, con %1 puntuaciones de indicadores.</translation>
    </message>
    <message>
        <source>%1 check-ins in this trial, with %2 benchmark ratings.</source>
        <translation>%1 repasos en este periodo de prueba, con %2 puntuaciones de indicadores.</translation>
    </message>
    <message>
        <source>No positive or hurtful moments tagged in these weeks, so there is no ratio to show yet.</source>
        <translation>En estas semanas no hay momentos positivos ni dañinos etiquetados, así que todavía no hay proporción que mostrar.</translation>
    </message>
    <message>
        <source>Positive for each hurtful</source>
        <translation>Positivos por cada dañino</translation>
    </message>
    <message>
        <source>Positive to hurtful, each week</source>
        <translation>Positivos frente a dañinos, cada semana</translation>
    </message>
    <message>
        <source>Only positive moments recorded</source>
        <translation>Solo hay momentos positivos anotados</translation>
    </message>
    <message>
        <source>%1
%2 positive moments and no hurtful ones recorded</source>
        <translation>%1
%2 momentos positivos y ninguno dañino anotado</translation>
    </message>
    <message>
        <source>%1
%2 positive and %3 hurtful: %4 to 1</source>
        <translation>%1
%2 positivos y %3 dañinos: %4 a 1</translation>
    </message>
    <message>
        <source>The 5 to 1 guide</source>
        <translation>La pauta de 5 a 1</translation>
    </message>
    <message>
        <source>Your target (%1)</source>
        <translation>Tu objetivo (%1)</translation>
    </message>
    <message>
        <source>No hurtful moments were recorded in these weeks, only positive ones.</source>
        <translation>En estas semanas no se anotaron momentos dañinos, solo positivos.</translation>
    </message>
    <message>
        <source>Of %1 weeks with hurtful moments recorded, %2 reached about five positive moments for each hurtful one.</source>
        <translation>De %1 semanas con momentos dañinos anotados, %2 llegaron a unos cinco momentos positivos por cada dañino.</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>Dentro de %1 días</translation>
    </message>
    <message>
        <source>How things have been, week by week.</source>
        <translation>Cómo han ido las cosas, semana a semana.</translation>
    </message>
    <message>
        <source>No relationship yet</source>
        <translation>Todavía no hay ninguna relación</translation>
    </message>
    <message>
        <source>Once you add a relationship and start noting how contact goes, this page shows the weeks at a glance.</source>
        <translation>Cuando añadas una relación y empieces a anotar cómo va el contacto, esta página te mostrará las semanas de un vistazo.</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Tu camino</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próximo repaso</translation>
    </message>
    <message>
        <source>Since a boundary was last crossed</source>
        <translation>Desde el último incumplimiento</translation>
    </message>
    <message>
        <source>Your follow-through</source>
        <translation>Tu constancia</translation>
    </message>
    <message>
        <source>This week, positive to hurtful</source>
        <translation>Esta semana, positivos frente a dañinos</translation>
    </message>
    <message>
        <source>Incidents this month</source>
        <translation>Incidentes este mes</translation>
    </message>
    <message>
        <source>How the trial is going</source>
        <translation>Cómo va el periodo de prueba</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Todavía no hay nada anotado</translation>
    </message>
    <message>
        <source>Mood around contact</source>
        <translation>Ánimo en torno al contacto</translation>
    </message>
    <message>
        <source>Weekly averages from -5 (very low) to +5 (very good). Click a name below the chart to hide or show it.</source>
        <translation>Medias semanales de -5 (muy bajo) a +5 (muy bien). Haz clic en un nombre bajo el gráfico para ocultarlo o mostrarlo.</translation>
    </message>
    <message>
        <source>What happened, week by week</source>
        <translation>Lo que pasó, semana a semana</translation>
    </message>
    <message>
        <source>The moments you tagged in your journal, stacked by kind.</source>
        <translation>Los momentos que etiquetaste en tu diario, apilados por tipo.</translation>
    </message>
    <message>
        <source>Check-in ratings</source>
        <translation>Puntuaciones de los repasos</translation>
    </message>
    <message>
        <source>Your weekly 0 to 10 ratings for each benchmark, with your targets as dashed lines. The shaded band is the trial.</source>
        <translation>Tus puntuaciones semanales de 0 a 10 para cada indicador, con tus objetivos como líneas discontinuas. La franja sombreada es el periodo de prueba.</translation>
    </message>
    <message>
        <source>Positive to hurtful</source>
        <translation>Positivos frente a dañinos</translation>
    </message>
    <message>
        <source>Positive moments for each hurtful one, per week. Research on lasting relationships points to about five to one.</source>
        <translation>Momentos positivos por cada momento dañino, por semana. Los estudios sobre relaciones duraderas apuntan a unos cinco a uno.</translation>
    </message>
    <message>
        <source>Plan a trial</source>
        <translation>Planificar un periodo de prueba</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Hacer el repaso</translation>
    </message>
    <message>
        <source>Open the weekly check-in</source>
        <translation>Abrir el repaso semanal</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Open your boundaries</source>
        <translation>Abrir tus límites</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation>Abrir tu plan de seguridad</translation>
    </message>
    <message>
        <source>As you write down how contact goes, set boundaries and check in each week, this page fills in. Nothing here is sent anywhere; it stays in your vault.</source>
        <translation>A medida que anotes cómo va el contacto, pongas límites y hagas un repaso cada semana, esta página se irá llenando. Nada de esto se envía a ningún sitio; se queda en tu caja fuerte.</translation>
    </message>
    <message>
        <source>Write a journal entry</source>
        <translation>Escribir una nota en el diario</translation>
    </message>
    <message>
        <source>Take stock of the relationship</source>
        <translation>Hacer balance de la relación</translation>
    </message>
    <message>
        <source>This trial</source>
        <translation>Este periodo de prueba</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Weeks the charts show</source>
        <translation>Semanas que muestran los gráficos</translation>
    </message>
    <message>
        <source>Charts &amp;show:</source>
        <translation>Los gráficos &amp;muestran:</translation>
    </message>
    <message>
        <source>The dashboard could not be worked out. %1</source>
        <translation>No se ha podido calcular el resumen. %1</translation>
    </message>
    <message>
        <source>How things have been with %1, week by week.</source>
        <translation>Cómo han ido las cosas con %1, semana a semana.</translation>
    </message>
    <message>
        <source>Your latest assessment for this relationship puts your safety first. The numbers below can wait; what matters most is that you are safe.</source>
        <translation>Tu última valoración de esta relación pone tu seguridad por delante. Los números de abajo pueden esperar; lo que más importa es que estés a salvo.</translation>
    </message>
    <message>
        <source>No trial running. A trial of 8 to 12 weeks gives a fair picture.</source>
        <translation>No hay ningún periodo de prueba en marcha. Uno de 8 a 12 semanas da una imagen justa.</translation>
    </message>
    <message>
        <source>Your trial starts on %1.</source>
        <translation>Tu periodo de prueba empieza el %1.</translation>
    </message>
    <message>
        <source>Trial week %1 of %2.</source>
        <translation>Semana de prueba %1 de %2.</translation>
    </message>
    <message>
        <source>Your trial was ended early. You can plan another whenever you are ready.</source>
        <translation>Tu periodo de prueba terminó antes de tiempo. Puedes planificar otro cuando quieras.</translation>
    </message>
    <message>
        <source>Your %1-week trial is complete.</source>
        <translation>Tu periodo de prueba de %1 semanas ha terminado.</translation>
    </message>
    <message>
        <source>None due</source>
        <translation>Ninguno pendiente</translation>
    </message>
    <message>
        <source>Weekly check-ins belong to a trial.</source>
        <translation>Los repasos semanales forman parte de un periodo de prueba.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <source>Week %1&apos;s check-in is due on %2.</source>
        <translation>El repaso de la semana %1 toca el %2.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Todo hecho</translation>
    </message>
    <message>
        <source>Every check-in so far is filed.</source>
        <translation>Todos los repasos hasta ahora están hechos.</translation>
    </message>
    <message>
        <source>A boundary was crossed today.</source>
        <translation>Hoy se ha traspasado un límite.</translation>
    </message>
    <message>
        <source>Since the last time any boundary was crossed.</source>
        <translation>Desde la última vez que se traspasó algún límite.</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguno anotado</translation>
    </message>
    <message>
        <source>No boundary of this relationship has been crossed in your records.</source>
        <translation>Según tus registros, no se ha traspasado ningún límite de esta relación.</translation>
    </message>
    <message>
        <source>You carried out your consequence the one time a boundary was crossed in the last 12 weeks.</source>
        <translation>Cumpliste tu consecuencia la única vez que se traspasó un límite en las últimas 12 semanas.</translation>
    </message>
    <message>
        <source>A boundary was crossed once in the last 12 weeks, and the consequence was not carried out. That is something to notice, not to blame yourself for.</source>
        <translation>En las últimas 12 semanas se traspasó un límite una vez y la consecuencia no se cumplió. Es algo en lo que fijarte, no algo por lo que culparte.</translation>
    </message>
    <message>
        <source>You carried out your consequence %1 of the %2 times a boundary was crossed in the last 12 weeks.</source>
        <translation>Cumpliste tu consecuencia %1 de las %2 veces que se traspasó un límite en las últimas 12 semanas.</translation>
    </message>
    <message>
        <source>Nothing to follow</source>
        <translation>Nada que cumplir</translation>
    </message>
    <message>
        <source>No boundary was crossed in the last 12 weeks.</source>
        <translation>En las últimas 12 semanas no se ha traspasado ningún límite.</translation>
    </message>
    <message>
        <source>%1 positive and %2 hurtful moments so far. That meets the 5 to 1 guide.</source>
        <translation>Hasta ahora, %1 momentos positivos y %2 dañinos. Eso cumple la pauta de 5 a 1.</translation>
    </message>
    <message>
        <source>%1 positive and %2 hurtful moments so far. The guide is about 5 to 1.</source>
        <translation>Hasta ahora, %1 momentos positivos y %2 dañinos. La pauta es de unos 5 a 1.</translation>
    </message>
    <message>
        <source>No hurtful moments</source>
        <translation>Ningún momento dañino</translation>
    </message>
    <message>
        <source>One positive moment recorded so far this week.</source>
        <translation>Esta semana, de momento, un momento positivo anotado.</translation>
    </message>
    <message>
        <source>%1 positive moments recorded so far this week.</source>
        <translation>Esta semana, de momento, %1 momentos positivos anotados.</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <source>Nothing tagged so far this week.</source>
        <translation>Esta semana, de momento, no hay nada etiquetado.</translation>
    </message>
    <message>
        <source>None recorded this month.</source>
        <translation>Ninguno anotado este mes.</translation>
    </message>
    <message>
        <source>Each one is kept in your journal as a dated record. If you feel unsafe, your safety plan is one click away.</source>
        <translation>Cada uno queda guardado en tu diario como un registro con fecha. Si no te sientes a salvo, tu plan de seguridad está a un clic.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::DiscreetMode</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>Documento</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>bearings::ui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Claro u oscuro</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que en este ordenador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Light or &amp;dark</source>
        <translation>Claro u &amp;oscuro</translation>
    </message>
    <message>
        <source>You see the change at once. Cancel puts the previous look back.</source>
        <translation>Verás el cambio al momento. Cancelar recupera el aspecto anterior.</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Dónde vives</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>&amp;Where you live</source>
        <translation>&amp;Dónde vives</translation>
    </message>
    <message>
        <source>This number is shown in Help, even before your vault is open, and a new safety plan starts with it. Once your safety plan is saved, it keeps its own region: change it there.</source>
        <translation>Este número aparece en la Ayuda, incluso antes de abrir tu caja fuerte, y un plan de seguridad nuevo empieza con él. Cuando tu plan de seguridad esté guardado, conservará su propia región: cámbiala allí.</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Bearings.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abras Bearings.</translation>
    </message>
    <message>
        <source>A new language applies the next time you start Bearings.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que abras Bearings.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::HelpContent</name>
    <message>
        <source>The overview shows how things have been going with the person you picked at the top of the sidebar: your mood around contact, what happened week by week, the balance of positive and hurtful moments, how well your boundaries hold and how a trial period is going. Look at the trend over several weeks rather than any single day.</source>
        <translation>El resumen muestra cómo han ido las cosas con la persona que elegiste arriba en la barra lateral: tu ánimo en torno al contacto, lo que pasó semana a semana, el equilibrio entre momentos positivos y dañinos, cómo se mantienen tus límites y cómo va un periodo de prueba. Fíjate en la tendencia a lo largo de varias semanas más que en un día suelto.</translation>
    </message>
    <message>
        <source>After contact, write down when it happened, how it happened (in person, a call, a message), how you felt before, during and after, and what happened. Tags help you notice patterns, such as criticism, a broken promise or a real apology. A few weeks of notes make it easier to see clearly before you decide anything. Entries can be filtered, edited and deleted.</source>
        <translation>Después de un contacto, anota cuándo fue, cómo fue (en persona, una llamada, un mensaje), cómo te sentiste antes, durante y después, y qué pasó. Las etiquetas te ayudan a notar patrones, como una crítica, una promesa rota o una disculpa sincera. Con unas semanas de notas es más fácil ver con claridad antes de decidir nada. Las notas se pueden filtrar, editar y eliminar.</translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens again. Each time one is crossed, note what happened and whether you followed through. The page shows how often you did and how long it has been since the last time.</source>
        <translation>Un límite nombra una conducta, hasta dónde llegas tú y lo que harás si vuelve a pasar. Cada vez que se traspase uno, anota qué pasó y si lo cumpliste. La página muestra cuántas veces lo hiciste y cuánto tiempo ha pasado desde la última vez.</translation>
    </message>
    <message>
        <source>Once a week, take a few minutes for what helped and what made things harder, and rate the benchmarks you set. Every four weeks, a longer look back helps you decide what to change. You can ask Bearings to remind you each week in Settings.</source>
        <translation>Una vez a la semana, dedica unos minutos a lo que te ayudó y lo que lo puso más difícil, y puntúa los indicadores que te marcaste. Cada cuatro semanas, un repaso más largo te ayuda a decidir qué cambiar. En los Ajustes puedes pedir a Bearings que te lo recuerde cada semana.</translation>
    </message>
    <message>
        <source>A short set of questions helps you see whether repair, less contact or no contact fits best, and explains which answers led there. If anything points to danger, your safety comes first. Here you also choose your path, plan a fair trial and tick off practical steps.</source>
        <translation>Unas pocas preguntas te ayudan a ver qué encaja mejor: reparar, menos contacto o ningún contacto, y explican qué respuestas llevaron ahí. Si algo apunta a un peligro, tu seguridad va primero. Aquí también eliges tu camino, planificas un periodo de prueba justo y marcas los pasos prácticos.</translation>
    </message>
    <message>
        <source>Start from a template, such as stating a boundary, stepping back or ending contact, and make it your own. Bearings points out long explanations, wording that opens a negotiation, words about the person rather than the behaviour, and blanks you have not filled in yet. Nothing is ever sent from here: copy the text when you are ready, and it is removed from the clipboard after a short while.</source>
        <translation>Parte de una plantilla, por ejemplo para marcar un límite, tomar distancia o cortar el contacto, y hazla tuya. Bearings te señala las explicaciones largas, las frases que abren una negociación, las palabras sobre la persona en lugar de sobre la conducta y los huecos que aún no has rellenado. Desde aquí nunca se envía nada: copia el texto cuando quieras, y al poco tiempo se quita del portapapeles.</translation>
    </message>
    <message>
        <source>Write down people you trust and how to reach them, a code word, safe places, what to take with you and what to do if things escalate. You can print it or keep a small card with the most important numbers. Keep any printout somewhere only you know.</source>
        <translation>Anota a las personas de confianza y cómo localizarlas, una palabra clave, lugares seguros, qué llevarte y qué hacer si las cosas se ponen graves. Puedes imprimirlo o llevar una tarjeta pequeña con los números más importantes. Guarda cualquier copia impresa en un sitio que solo tú conozcas.</translation>
    </message>
    <message>
        <source>About Bearings</source>
        <translation>Acerca de Bearings</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Tu privacidad</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>Quick exit: hide Bearings at once and lock it</source>
        <translation>Salida rápida: ocultar Bearings al instante y bloquearlo</translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation>Mayúsculas tres veces</translation>
    </message>
    <message>
        <source>Quick exit, from any window of Bearings</source>
        <translation>Salida rápida, desde cualquier ventana de Bearings</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Open this help</source>
        <translation>Abrir esta ayuda</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Save the journal note you are writing</source>
        <translation>Guardar la nota del diario que estás escribiendo</translation>
    </message>
    <message>
        <source>Delete the selected journal note, boundary crossing or message draft (you are asked first)</source>
        <translation>Eliminar la nota del diario, el incumplimiento de un límite o el borrador de mensaje seleccionado (se te pregunta antes)</translation>
    </message>
    <message>
        <source>Rename the selected message draft</source>
        <translation>Cambiar el nombre del borrador de mensaje seleccionado</translation>
    </message>
    <message>
        <source>Print the safety plan</source>
        <translation>Imprimir el plan de seguridad</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayúsculas+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o anterior</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Jump to a field, button or tab</source>
        <translation>Saltar a un campo, un botón o una pestaña</translation>
    </message>
    <message>
        <source>Next tab in the settings</source>
        <translation>Pestaña siguiente de los ajustes</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Cerrar un cuadro de diálogo sin guardar</translation>
    </message>
    <message>
        <source>Bearings %1</source>
        <translation>Bearings %1</translation>
    </message>
    <message>
        <source>Bearings is a private place to take stock of a relationship that hurts you, whether with a partner, a family member, a friend, a colleague or a co-parent. It helps you see where you stand, keep notes of contact, set boundaries, check in week by week, draft what you need to say and keep a safety plan. It never tells you what to do: it shows what your own answers and notes suggest, and it always puts your safety first.</source>
        <translation>Bearings es un lugar privado para hacer balance de una relación que te hace daño, ya sea con tu pareja, un familiar, una amistad, alguien del trabajo o la otra persona con la que crías a tus hijos. Te ayuda a ver en qué punto estás, anotar el contacto, poner límites, hacer un repaso semana a semana, escribir lo que necesitas decir y tener un plan de seguridad. Nunca te dice lo que tienes que hacer: te muestra lo que sugieren tus propias respuestas y notas, y siempre pone tu seguridad por delante.</translation>
    </message>
    <message>
        <source>This help is part of Bearings and works without the internet.</source>
        <translation>Esta ayuda forma parte de Bearings y funciona sin internet.</translation>
    </message>
    <message>
        <source>What is stored, and where</source>
        <translation>Qué se guarda, y dónde</translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file, your vault, with an encrypted backup of the previous save beside it. A small settings file holds your choices, such as the language and how Bearings locks, and never anything you write. Settings, on the Traces on this computer tab, lists every file with its real place on this computer.</source>
        <translation>Todo lo que escribes se guarda en un único archivo cifrado, tu caja fuerte, con una copia de seguridad cifrada del guardado anterior a su lado. Un pequeño archivo de ajustes guarda lo que eliges, como el idioma y cómo se bloquea Bearings, y nunca nada de lo que escribes. En los Ajustes, la pestaña «Rastros en este ordenador» muestra cada archivo con su ubicación real en este ordenador.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Locking closes your vault and forgets the passphrase; your passphrase is needed to open it again. Press %1 or choose Lock in the sidebar. Bearings also locks itself after some time without use, and can lock when its window is minimized; both are in Settings.</source>
        <translation>Bloquear cierra tu caja fuerte y olvida la frase de contraseña; para volver a abrirla necesitarás tu frase de contraseña. Pulsa %1 o elige «Bloquear» en la barra lateral. Bearings también se bloquea solo tras un tiempo sin uso, y puede bloquearse al minimizar su ventana; ambas cosas están en los Ajustes.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Pressing Shift three times hides every window of Bearings at once, clears anything you copied and locks.</source>
        <translation>Pulsar Mayúsculas tres veces oculta al instante todas las ventanas de Bearings, borra lo que hayas copiado y lo bloquea.</translation>
    </message>
    <message>
        <source>Pressing %1, or Shift three times, hides every window of Bearings at once, clears anything you copied and locks.</source>
        <translation>Pulsar %1, o Mayúsculas tres veces, oculta al instante todas las ventanas de Bearings, borra lo que hayas copiado y lo bloquea.</translation>
    </message>
    <message>
        <source>Bearings then quits, or stays hidden and locked, as you choose in Settings. The Quick exit button does the same.</source>
        <translation>Después, Bearings se cierra o sigue oculto y bloqueado, según elijas en los Ajustes. El botón «Salida rápida» hace lo mismo.</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <source>In discreet mode the window is called “%1” and has a plain notepad icon, in the task bar and in a reminder. It does not hide that Bearings is installed.</source>
        <translation>En el modo discreto, la ventana se llama «%1» y tiene un icono sencillo de bloc de notas, en la barra de tareas y en los recordatorios. No oculta que Bearings está instalado.</translation>
    </message>
    <message>
        <source>Copying text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Text you copy in Bearings is marked as private for clipboard managers that respect it, and removed from the clipboard after a short while, and when Bearings locks.</source>
        <translation>El texto que copias en Bearings se marca como privado para los gestores del portapapeles que lo respetan, y se quita del portapapeles al poco tiempo y cuando Bearings se bloquea.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>A weekly reminder is off until you turn it on in Settings. It only says “%1”, never a name or anything you wrote, and it appears only while Bearings is running.</source>
        <translation>El recordatorio semanal está desactivado hasta que lo actives en los Ajustes. Solo dice «%1», nunca un nombre ni nada de lo que has escrito, y solo aparece mientras Bearings está en marcha.</translation>
    </message>
    <message>
        <source>Time for your weekly note</source>
        <translation>Es hora de tu nota semanal</translation>
    </message>
    <message>
        <source>Everything in Bearings can be reached with the keyboard.</source>
        <translation>Todo en Bearings se puede usar con el teclado.</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. It is worth looking it up while things are calm and writing it in your safety plan.</source>
        <translation>Si ahora estás en peligro, llama al número de emergencias de tu zona. Merece la pena buscarlo mientras las cosas están tranquilas y apuntarlo en tu plan de seguridad.</translation>
    </message>
    <message>
        <source>If you are in danger now, call &lt;b&gt;%1&lt;/b&gt; (emergency services, %2).</source>
        <translation>Si ahora estás en peligro, llama al &lt;b&gt;%1&lt;/b&gt; (emergencias, %2).</translation>
    </message>
    <message>
        <source>TTY %1</source>
        <translation>TTY %1</translation>
    </message>
    <message>
        <source>The region for the emergency number is in Settings, under General. Your safety plan keeps the numbers that matter to you, including local helplines you add.</source>
        <translation>La región del número de emergencias está en los Ajustes, en «General». Tu plan de seguridad guarda los números que te importan, también las líneas de ayuda locales que añadas.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>bearings::ui::HtmlDocumentExport</name>
    <message>
        <source>Wallet card</source>
        <translation>Tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Bearings could not write %1.</source>
        <translation>Bearings no ha podido escribir %1.</translation>
    </message>
    <message>
        <source>Bearings could not lay out the pages of %1.</source>
        <translation>Bearings no ha podido maquetar las páginas de %1.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::IncidentReportDialog</name>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidentes</translation>
    </message>
    <message>
        <source>A plain, dated record of the incidents you noted for this relationship, oldest first: when, what happened, how serious it was, who was present and what evidence you kept. It is written to be handed to a lawyer, HR or an advocate, and shows any later edits.</source>
        <translation>Un registro sencillo y fechado de los incidentes que anotaste en esta relación, del más antiguo al más reciente: cuándo, qué pasó, qué gravedad tuvo, quién estaba presente y qué pruebas guardaste. Está pensado para dárselo a un abogado, a Recursos Humanos o a una persona de apoyo, y muestra cualquier edición posterior.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>Guardar el informe de incidentes</translation>
    </message>
    <message>
        <source>Print the incident report</source>
        <translation>Imprimir el informe de incidentes</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>&amp;Tipo de archivo</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>A saved report is not encrypted. Keep it somewhere only you can reach, and delete it when it has done its job.</source>
        <translation>Un informe guardado no está cifrado. Guárdalo en un sitio al que solo tú llegues, y elimínalo cuando ya haya cumplido su función.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>No incidents are recorded in these dates. The report would say so.</source>
        <translation>No hay incidentes registrados en estas fechas. El informe lo indicaría así.</translation>
    </message>
    <message>
        <source>One incident in these dates.</source>
        <translation>Un incidente en estas fechas.</translation>
    </message>
    <message>
        <source>%1 incidents in these dates.</source>
        <translation>%1 incidentes en estas fechas.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved. %1</source>
        <translation>No se ha podido guardar el informe. %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>El informe se ha guardado en %1.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ItemListEditor</name>
    <message>
        <source>Double-click a line or press F2 to change it.</source>
        <translation>Haz doble clic en una línea o pulsa F2 para cambiarla.</translation>
    </message>
    <message>
        <source>New line for %1</source>
        <translation>Nueva línea para %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected line from %1</source>
        <translation>Quitar la línea seleccionada de %1</translation>
    </message>
</context>
<context>
    <name>bearings::ui::JournalForm</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Mood before, from −5 to +5</source>
        <translation>Ánimo antes, de −5 a +5</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Mood during, from −5 to +5</source>
        <translation>Ánimo durante, de −5 a +5</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Mood after, from −5 to +5</source>
        <translation>Ánimo después, de −5 a +5</translation>
    </message>
    <message>
        <source>Your tags…</source>
        <translation>Tus etiquetas…</translation>
    </message>
    <message>
        <source>This was an incident I want on record</source>
        <translation>Fue un incidente que quiero dejar registrado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add to the journal</source>
        <translation>Añadir al diario</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>How you were in contact</source>
        <translation>Cómo fue el contacto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tick what fits. Space ticks the highlighted tag.</source>
        <translation>Marca lo que encaje. La barra espaciadora marca la etiqueta resaltada.</translation>
    </message>
    <message>
        <source>Add or remove tags of your own</source>
        <translation>Añadir o quitar etiquetas propias</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What happened, in your own words.</source>
        <translation>Qué pasó, con tus propias palabras.</translation>
    </message>
    <message>
        <source>How serious it was</source>
        <translation>Qué gravedad tuvo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Quién estaba presente</translation>
    </message>
    <message>
        <source>Names or roles, if anyone</source>
        <translation>Nombres o papeles, si había alguien</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>Pruebas guardadas</translation>
    </message>
    <message>
        <source>Messages, photos, emails you saved</source>
        <translation>Mensajes, fotos o correos que hayas guardado</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Control+Intro</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Edit this entry</source>
        <translation>Editar esta nota</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Guardar esta nota</translation>
    </message>
    <message>
        <source>Please add a relationship first.</source>
        <translation>Primero añade una relación, por favor.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::JournalPage</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>No relationship yet</source>
        <translation>Todavía no hay ninguna relación</translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can keep a journal of your contact here.</source>
        <translation>Cuando hayas añadido una relación, podrás llevar aquí un diario de tu contacto.</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar notas desde</translation>
    </message>
    <message>
        <source>Show entries until</source>
        <translation>Mostrar notas hasta</translation>
    </message>
    <message>
        <source>Incidents only</source>
        <translation>Solo incidentes</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>A few lines after each contact. Over weeks, the trend shows more than any single day.</source>
        <translation>Unas líneas después de cada contacto. Con las semanas, la tendencia dice más que cualquier día suelto.</translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation>Mostrar las notas con esta etiqueta</translation>
    </message>
    <message>
        <source>Show incidents only</source>
        <translation>Mostrar solo incidentes</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Notas del diario, las más recientes primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la nota seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la nota seleccionada</translation>
    </message>
    <message>
        <source>Delete this entry? You can undo this until you lock Bearings.</source>
        <translation>¿Eliminar esta nota? Puedes deshacerlo hasta que bloquees Bearings.</translation>
    </message>
    <message>
        <source>Yes, delete the entry</source>
        <translation>Sí, eliminar la nota</translation>
    </message>
    <message>
        <source>Keep the entry</source>
        <translation>Conservar la nota</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Incident, severity %1</source>
        <translation>Incidente, gravedad %1</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notas</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>La nota se ha eliminado.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>La nota ha vuelto.</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>Informe de incidentes…</translation>
    </message>
    <message>
        <source>Make an incident report for a lawyer, HR or an advocate</source>
        <translation>Preparar un informe de incidentes para un abogado, Recursos Humanos o una persona de apoyo</translation>
    </message>
</context>
<context>
    <name>bearings::ui::JournalText</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1 · during %2 · after %3</source>
        <translation>antes %1 · durante %2 · después %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 – minor</source>
        <translation>1 – leve</translation>
    </message>
    <message>
        <source>2 – upsetting</source>
        <translation>2 – angustiante</translation>
    </message>
    <message>
        <source>3 – serious</source>
        <translation>3 – grave</translation>
    </message>
    <message>
        <source>4 – very serious</source>
        <translation>4 – muy grave</translation>
    </message>
    <message>
        <source>5 – dangerous</source>
        <translation>5 – peligroso</translation>
    </message>
</context>
<context>
    <name>bearings::ui::Language</name>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que en este ordenador</translation>
    </message>
</context>
<context>
    <name>bearings::ui::LockingPage</name>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>0 means Bearings never locks by itself.</source>
        <translation>0 significa que Bearings nunca se bloquea solo.</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation>Bloquear al &amp;minimizar la ventana</translation>
    </message>
    <message>
        <source>Lock when the window is minimized</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Lock after &amp;no use for</source>
        <translation>Bloquear tras &amp;no usarlo durante</translation>
    </message>
    <message>
        <source>Set it to 0 if you never want Bearings to lock by itself.</source>
        <translation>Pon 0 si no quieres que Bearings se bloquee nunca solo.</translation>
    </message>
    <message>
        <source>&amp;Quit Bearings</source>
        <translation>&amp;Cerrar Bearings</translation>
    </message>
    <message>
        <source>After a quick exit, quit Bearings</source>
        <translation>Tras la salida rápida, cerrar Bearings</translation>
    </message>
    <message>
        <source>Stay &amp;hidden and locked</source>
        <translation>Seguir &amp;oculto y bloqueado</translation>
    </message>
    <message>
        <source>After a quick exit, stay hidden and locked</source>
        <translation>Tras la salida rápida, seguir oculto y bloqueado</translation>
    </message>
    <message>
        <source>Quick-exit shortcut</source>
        <translation>Atajo de la salida rápida</translation>
    </message>
    <message>
        <source>Press the key combination you want to use.</source>
        <translation>Pulsa la combinación de teclas que quieras usar.</translation>
    </message>
    <message>
        <source>Reset to %1</source>
        <translation>Restablecer a %1</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>After a quick exit:</source>
        <translation>Tras la salida rápida:</translation>
    </message>
    <message>
        <source>If Bearings stays hidden, starting it again shows its window, still locked.</source>
        <translation>Si Bearings sigue oculto, al volver a abrirlo se muestra su ventana, todavía bloqueada.</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Atajo</translation>
    </message>
    <message>
        <source>Use one key combination. Pressing Shift three times always works too.</source>
        <translation>Usa una sola combinación de teclas. Pulsar Mayúsculas tres veces también funciona siempre.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: call the window “%1” and use a plain icon</source>
        <translation>Modo &amp;discreto: llamar a la ventana «%1» y usar un icono sencillo</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <source>What others see</source>
        <translation>Lo que ven los demás</translation>
    </message>
    <message>
        <source>This changes the title and icon in the task bar. It does not hide that Bearings is installed.</source>
        <translation>Esto cambia el título y el icono en la barra de tareas. No oculta que Bearings está instalado.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation>Borrar el texto copiado tras estos segundos</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after</source>
        <translation>&amp;Borrar el texto copiado tras</translation>
    </message>
    <message>
        <source>Text you copy in Bearings is removed from the clipboard after this time, and when it locks.</source>
        <translation>El texto que copies en Bearings se quita del portapapeles pasado este tiempo, y también cuando se bloquea.</translation>
    </message>
    <message>
        <source>Please use a single key combination, such as Shift+Esc or Ctrl+Alt+H: a quick exit has to be one movement.</source>
        <translation>Usa, por favor, una sola combinación de teclas, como Mayúsculas+Escape o Control+Alt+H: una salida rápida tiene que ser un solo gesto.</translation>
    </message>
    <message>
        <source>This key is used for typing, so it could hide Bearings in the middle of a sentence. Please add Ctrl or Alt.</source>
        <translation>Esta tecla se usa para escribir, así que podría ocultar Bearings en mitad de una frase. Añade Control o Alt, por favor.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::LogisticsItemRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Todavía sin hacer</translation>
    </message>
    <message>
        <source>Text of this step</source>
        <translation>Texto de este paso</translation>
    </message>
    <message>
        <source>Save the step</source>
        <translation>Guardar el paso</translation>
    </message>
    <message>
        <source>Edit the step: %1</source>
        <translation>Editar el paso: %1</translation>
    </message>
    <message>
        <source>Remove the step: %1</source>
        <translation>Quitar el paso: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>bearings::ui::LogisticsPanel</name>
    <message>
        <source>Practical steps</source>
        <translation>Pasos prácticos</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Add your own</source>
        <translation>Añadir uno propio</translation>
    </message>
    <message>
        <source>Nothing here yet. You can start from a short starter checklist and change it to fit, or add your own steps below.</source>
        <translation>Aquí todavía no hay nada. Puedes partir de una lista breve para empezar y adaptarla, o añadir tus propios pasos abajo.</translation>
    </message>
    <message>
        <source>No one here yet. Even one person or place you can turn to makes a difference.</source>
        <translation>Aquí todavía no hay nadie. Una sola persona o un solo lugar al que acudir ya marca la diferencia.</translation>
    </message>
    <message>
        <source>Practical steps and support</source>
        <translation>Pasos prácticos y apoyo</translation>
    </message>
    <message>
        <source>Add a starter checklist</source>
        <translation>Añadir una lista para empezar</translation>
    </message>
    <message>
        <source>Small, concrete steps that make the change real. Tick them off at your own pace.</source>
        <translation>Pasos pequeños y concretos que hacen real el cambio. Márcalos a tu ritmo.</translation>
    </message>
    <message>
        <source>The people, groups and professionals who can back you up while you do this.</source>
        <translation>Las personas, grupos y profesionales que pueden respaldarte mientras lo haces.</translation>
    </message>
    <message>
        <source>Category of the new step</source>
        <translation>Categoría del paso nuevo</translation>
    </message>
    <message>
        <source>Text of the new step</source>
        <translation>Texto del paso nuevo</translation>
    </message>
    <message>
        <source>A step in your own words, or someone you can call</source>
        <translation>Un paso con tus propias palabras, o alguien a quien puedas llamar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Añadir el paso</translation>
    </message>
    <message>
        <source>Banking and money</source>
        <translation>Banco y dinero</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation>Cuentas y contraseñas</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Llaves y accesos</translation>
    </message>
    <message>
        <source>Shared belongings</source>
        <translation>Cosas en común</translation>
    </message>
    <message>
        <source>Lease and home</source>
        <translation>Alquiler y vivienda</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animales</translation>
    </message>
    <message>
        <source>Shared calendars and groups</source>
        <translation>Calendarios y grupos compartidos</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Grupos de apoyo</translation>
    </message>
    <message>
        <source>Professional help</source>
        <translation>Ayuda profesional</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Otros pasos</translation>
    </message>
    <message>
        <source>Practical steps and a list of your support appear here when you choose to limit contact or to step away.</source>
        <translation>Los pasos prácticos y una lista de tus apoyos aparecen aquí cuando decides limitar el contacto o alejarte.</translation>
    </message>
    <message>
        <source>Practical steps appear here once you have added a relationship.</source>
        <translation>Los pasos prácticos aparecen aquí cuando hayas añadido una relación.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
</context>
<context>
    <name>bearings::ui::MainWindow</name>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation>Ocultar Bearings al instante y cerrarlo</translation>
    </message>
    <message>
        <source>Hides this window at once and closes the app.</source>
        <translation>Oculta esta ventana al instante y cierra la aplicación.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock Bearings now (Ctrl+L)</source>
        <translation>Bloquear Bearings ahora (Control+L)</translation>
    </message>
    <message>
        <source>Closes your vault. Your passphrase is needed to open it again.</source>
        <translation>Cierra tu caja fuerte. Para volver a abrirla necesitarás tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Control+%2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language, look, locking, passphrase, reminders, and what Bearings leaves on this computer (Ctrl+,)</source>
        <translation>Idioma, aspecto, bloqueo, frase de contraseña, recordatorios y lo que Bearings deja en este ordenador (Control+,)</translation>
    </message>
    <message>
        <source>Opens the settings: language and look, locking, your passphrase, reminders, and traces on this computer.</source>
        <translation>Abre los ajustes: idioma y aspecto, bloqueo, tu frase de contraseña, recordatorios y rastros en este ordenador.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>How Bearings works, keyboard shortcuts and helplines (F1)</source>
        <translation>Cómo funciona Bearings, atajos de teclado y líneas de ayuda (F1)</translation>
    </message>
    <message>
        <source>Opens the help: how each area works, privacy, shortcuts and helplines.</source>
        <translation>Abre la ayuda: cómo funciona cada sección, privacidad, atajos y líneas de ayuda.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::MoodInput</name>
    <message>
        <source>Note this mood: %1</source>
        <translation>Anotar este estado de ánimo: %1</translation>
    </message>
    <message>
        <source>Leave unticked if you did not notice or do not want to note it.</source>
        <translation>Déjalo sin marcar si no te fijaste o no quieres anotarlo.</translation>
    </message>
    <message>
        <source>From −5, very bad, to +5, very good.</source>
        <translation>De −5, muy mal, a +5, muy bien.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Now %1, from −5 to +5.</source>
        <translation>Ahora %1, de −5 a +5.</translation>
    </message>
    <message>
        <source>Not noted. Tick the box first.</source>
        <translation>Sin anotar. Marca primero la casilla.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descartar este aviso</translation>
    </message>
</context>
<context>
    <name>bearings::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar tu frase de contraseña</translation>
    </message>
    <message>
        <source>Changing it re-encrypts your vault and its backup on this computer right away. Use at least %1 characters. There is no way to recover a forgotten passphrase, so choose one you will remember.</source>
        <translation>Al cambiarla, tu caja fuerte y su copia de seguridad en este ordenador se vuelven a cifrar al momento. Usa al menos %1 caracteres. Una frase de contraseña olvidada no se puede recuperar, así que elige una que vayas a recordar.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Frase de contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Frase de contraseña nueva &amp;otra vez</translation>
    </message>
    <message>
        <source>Copies of the vault made before the change, for example by a backup program, still open with the old passphrase.</source>
        <translation>Las copias de la caja fuerte hechas antes del cambio, por ejemplo por un programa de copias de seguridad, se siguen abriendo con la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>Unlock your vault to change its passphrase.</source>
        <translation>Desbloquea tu caja fuerte para cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <source>Your vault is locked, so the passphrase was not changed.</source>
        <translation>Tu caja fuerte está bloqueada, así que la frase de contraseña no se ha cambiado.</translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation>Escribe, por favor, tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters for the new passphrase.</source>
        <translation>Usa, por favor, al menos %1 caracteres para la frase de contraseña nueva.</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Please type them again.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escríbelas de nuevo, por favor.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La frase de contraseña nueva es igual que la actual.</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment…</source>
        <translation>Cambiando tu frase de contraseña. Tarda un momento…</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, use the new one to unlock Bearings.</source>
        <translation>Tu frase de contraseña ha cambiado. A partir de ahora, usa la nueva para desbloquear Bearings.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::PlaceholderPanel</name>
    <message>
        <source>Fill in</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>Write the values into the message</source>
        <translation>Escribir los valores en el mensaje</translation>
    </message>
    <message>
        <source>Puts what you typed into the message itself. Undo takes it back.</source>
        <translation>Pone lo que has escrito en el propio mensaje. Deshacer lo quita de nuevo.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Rellenar: %1</translation>
    </message>
    <message>
        <source>Type what goes here</source>
        <translation>Escribe lo que va aquí</translation>
    </message>
    <message>
        <source>This message has no blanks. To add one, type a word in square brackets, such as [Name].</source>
        <translation>Este mensaje no tiene huecos. Para añadir uno, escribe una palabra entre corchetes, por ejemplo [Nombre].</translation>
    </message>
    <message>
        <source>What you type shows in the preview. Fill in writes it into the message.</source>
        <translation>Lo que escribas aparece en la vista previa. Rellenar lo escribe en el mensaje.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipSwitcher</name>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Relationship shown</source>
        <translation>Relación que se muestra</translation>
    </message>
    <message>
        <source>Every page shows the relationship chosen here.</source>
        <translation>Cada página muestra la relación que elijas aquí.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Adds a person this app keeps notes about. An alias or initials are fine.</source>
        <translation>Añade a una persona sobre la que esta aplicación guarda notas. Basta con un alias o unas iniciales.</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gestionar…</translation>
    </message>
    <message>
        <source>Manage relationships</source>
        <translation>Gestionar relaciones</translation>
    </message>
    <message>
        <source>Add, rename, archive or delete relationships.</source>
        <translation>Añadir, renombrar, archivar o eliminar relaciones.</translation>
    </message>
    <message>
        <source>No one added yet</source>
        <translation>Todavía no has añadido a nadie</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipText</name>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Co-parent</source>
        <translation>Crianza compartida</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>Limitar el contacto</translation>
    </message>
    <message>
        <source>End contact</source>
        <translation>Cortar el contacto</translation>
    </message>
    <message>
        <source>You have not chosen a path yet, and that is fine: noticing what happens for a while is a step of its own.</source>
        <translation>Todavía no has elegido un camino, y no pasa nada: fijarte durante un tiempo en lo que ocurre ya es un paso en sí.</translation>
    </message>
    <message>
        <source>You work on it together, which takes real accountability from them, clear boundaries, support around you and a set trial period to see what changes.</source>
        <translation>Trabajáis en ello juntos. Hace falta que la otra persona asuma de verdad su responsabilidad, límites claros, apoyo a tu alrededor y un periodo de prueba fijo para ver qué cambia.</translation>
    </message>
    <message>
        <source>You keep contact smaller and on your terms, such as shorter visits, texts only, topics that are off the table, someone else there, or a time limit.</source>
        <translation>Mantienes un contacto menor y en tus términos: visitas más cortas, solo mensajes, temas que no se tocan, alguien más presente o un límite de tiempo.</translation>
    </message>
    <message>
        <source>You end contact, with your safety first and a plan for the message, the timing, who you tell and the practical steps.</source>
        <translation>Cortas el contacto, con tu seguridad por delante y un plan para el mensaje, el momento, a quién se lo cuentas y los pasos prácticos.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 journal note</source>
        <translation>1 nota del diario</translation>
    </message>
    <message>
        <source>%1 journal notes</source>
        <translation>%1 notas del diario</translation>
    </message>
    <message>
        <source>1 boundary</source>
        <translation>1 límite</translation>
    </message>
    <message>
        <source>%1 boundaries</source>
        <translation>%1 límites</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>1 crossing</source>
        <translation>1 incumplimiento</translation>
    </message>
    <message>
        <source>%1 crossings</source>
        <translation>%1 incumplimientos</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation>1 valoración</translation>
    </message>
    <message>
        <source>%1 assessments</source>
        <translation>%1 valoraciones</translation>
    </message>
    <message>
        <source>1 trial plan</source>
        <translation>1 plan de prueba</translation>
    </message>
    <message>
        <source>%1 trial plans</source>
        <translation>%1 planes de prueba</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 repaso</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 repasos</translation>
    </message>
    <message>
        <source>1 message draft</source>
        <translation>1 borrador de mensaje</translation>
    </message>
    <message>
        <source>%1 message drafts</source>
        <translation>%1 borradores de mensaje</translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation>1 punto de la lista</translation>
    </message>
    <message>
        <source>%1 checklist items</source>
        <translation>%1 puntos de la lista</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>También se eliminarán %1.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipsDialog</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People you have added</source>
        <translation>Personas que has añadido</translation>
    </message>
    <message>
        <source>Archived people are shown greyed, after the others.</source>
        <translation>Las personas archivadas aparecen en gris, después de las demás.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Añadir a alguien</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>An alias or initials are fine.</source>
        <translation>Basta con un alias o unas iniciales.</translation>
    </message>
    <message>
        <source>An alias or initials are fine</source>
        <translation>Basta con un alias o unas iniciales</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Quién es para ti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything you want to remember. Only you will see this.</source>
        <translation>Lo que quieras recordar. Solo tú lo verás.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deletes this person and everything kept about them, after asking.</source>
        <translation>Elimina a esta persona y todo lo guardado sobre ella, después de preguntarte.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Who they are</source>
        <translation>&amp;Quién es</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Archiving puts someone away without deleting anything. You can restore them at any time.</source>
        <translation>Archivar aparta a alguien sin eliminar nada. Puedes recuperarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>%1 se ha añadido.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Archived. Nothing was deleted.</source>
        <translation>Archivado. No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Recuperado.</translation>
    </message>
    <message>
        <source>Delete %1 and everything kept about them?</source>
        <translation>¿Eliminar a %1 y todo lo guardado sobre esta persona?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <source>Cancel, keep everything</source>
        <translation>Cancelar y conservarlo todo</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 se ha eliminado.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation>Guardar a esta persona</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Brings this person back into the list of people you are working on.</source>
        <translation>Devuelve a esta persona a la lista de personas con las que estás trabajando.</translation>
    </message>
    <message>
        <source>Puts this person away without deleting anything.</source>
        <translation>Aparta a esta persona sin eliminar nada.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me once a &amp;week to check in</source>
        <translation>Recordarme el repaso una vez a la &amp;semana</translation>
    </message>
    <message>
        <source>Remind me once a week to check in</source>
        <translation>Recordarme el repaso una vez a la semana</translation>
    </message>
    <message>
        <source>Reminder day</source>
        <translation>Día del recordatorio</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>The reminder only says “%1”. It never shows a name or anything you wrote, and in discreet mode it looks like any notes app.</source>
        <translation>El recordatorio solo dice «%1». Nunca muestra un nombre ni nada de lo que has escrito, y en el modo discreto parece de cualquier aplicación de notas.</translation>
    </message>
    <message>
        <source>It appears only while Bearings is running, also when it stays hidden and locked after a quick exit. Clicking it shows the locked window.</source>
        <translation>Solo aparece mientras Bearings está en marcha, también cuando sigue oculto y bloqueado tras una salida rápida. Al hacer clic se muestra la ventana bloqueada.</translation>
    </message>
    <message>
        <source>This desktop has no notification area that Bearings can use, so reminders cannot appear here.</source>
        <translation>Este escritorio no tiene un área de notificaciones que Bearings pueda usar, así que aquí no pueden aparecer recordatorios.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Tu seguridad es lo primero</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si ahora mismo estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Si ahora mismo estás en peligro, llama al %1.</translation>
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
        <translation>El maltrato no es un problema de la relación que se arregle entre los dos. No es culpa tuya, y no tienes que enfrentarlo a solas.</translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation>Abrir tu plan de seguridad</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyPlanEditor</name>
    <message>
        <source>Helpline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Phone or text number</source>
        <translation>Número para llamar o escribir</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>If it has one</source>
        <translation>Si lo tiene</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Hours, languages, chat</source>
        <translation>Horario, idiomas, chat</translation>
    </message>
    <message>
        <source>Add a helpline</source>
        <translation>Añadir una línea de ayuda</translation>
    </message>
    <message>
        <source>Helpline %1</source>
        <translation>Línea de ayuda %1</translation>
    </message>
    <message>
        <source>Remove helpline %1</source>
        <translation>Quitar la línea de ayuda %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>Sister, neighbour, friend</source>
        <translation>Hermana, vecino, amiga</translation>
    </message>
    <message>
        <source>Knows the plan</source>
        <translation>Conoce el plan</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Quitar la persona %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>A friend&apos;s home, a library</source>
        <translation>La casa de una amistad, una biblioteca</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street and town</source>
        <translation>Calle y localidad</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Bus, on foot, who could drive you</source>
        <translation>Autobús, a pie, quién podría llevarte</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Añadir un lugar</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Lugar %1</translation>
    </message>
    <message>
        <source>Remove place %1</source>
        <translation>Quitar el lugar %1</translation>
    </message>
    <message>
        <source>Add a step, then press Enter</source>
        <translation>Escribe un paso y pulsa Intro</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>What to have with you</source>
        <translation>Qué llevar contigo</translation>
    </message>
    <message>
        <source>A document, a card, medication, a key</source>
        <translation>Un documento, una tarjeta, medicación, una llave</translation>
    </message>
    <message>
        <source>Add something to take</source>
        <translation>Añadir algo que llevar</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Quitar el elemento %1</translation>
    </message>
    <message>
        <source>Add something that helps, then press Enter</source>
        <translation>Escribe algo que te ayude y pulsa Intro</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Dónde vives</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>The number for emergency services</source>
        <translation>El número de los servicios de emergencia</translation>
    </message>
    <message>
        <source>&amp;Where you live</source>
        <translation>&amp;Dónde vives</translation>
    </message>
    <message>
        <source>&amp;Emergency number</source>
        <translation>Número de &amp;emergencias</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Una palabra o una frase</translation>
    </message>
    <message>
        <source>Type the number for emergency services where you live</source>
        <translation>Escribe el número de emergencias de donde vives</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyPlanExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The wallet card can be saved as PDF or HTML.</source>
        <translation>La tarjeta de bolsillo se puede guardar como PDF o HTML.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyPlanPage</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>See it printed</source>
        <translation>Ver cómo se imprime</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Imprimir el plan</translation>
    </message>
    <message>
        <source>Print the plan (Ctrl+P)</source>
        <translation>Imprimir el plan (Control+P)</translation>
    </message>
    <message>
        <source>Print preview of the plan</source>
        <translation>Vista previa de impresión del plan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the plan to a file</source>
        <translation>Exportar el plan a un archivo</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Web page (HTML)…</source>
        <translation>Página web (HTML)…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>Texto sin formato…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Wallet card with the essentials</source>
        <translation>Tarjeta de bolsillo con lo esencial</translation>
    </message>
    <message>
        <source>The emergency number, a helpline, two people, the code word and a safe place, on a card the size of a bank card.</source>
        <translation>El número de emergencias, una línea de ayuda, dos personas, la palabra clave y un lugar seguro, en una tarjeta del tamaño de una tarjeta bancaria.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as web page (HTML)…</source>
        <translation>Guardar como página web (HTML)…</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Editar el plan</translation>
    </message>
    <message>
        <source>See the plan as it prints</source>
        <translation>Ver el plan tal como se imprime</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Changes are saved in your encrypted vault as you make them. Nothing here leaves this computer unless you print or export it.</source>
        <translation>Los cambios se guardan al momento en tu caja fuerte cifrada. Nada de esto sale de este ordenador a menos que lo imprimas o lo exportes.</translation>
    </message>
    <message>
        <source>Your plan as it prints</source>
        <translation>Tu plan tal como se imprime</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. %1</source>
        <translation>No se han podido guardar tus últimos cambios. %1</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si ahora mismo estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Si ahora mismo estás en peligro, llama al %1.</translation>
    </message>
    <message>
        <source>The plan could not be printed. Please check the printer and try again.</source>
        <translation>No se ha podido imprimir el plan. Revisa la impresora, por favor, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The card could not be printed. Please check the printer and try again.</source>
        <translation>No se ha podido imprimir la tarjeta. Revisa la impresora, por favor, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exportar el plan</translation>
    </message>
    <message>
        <source>Save the wallet card</source>
        <translation>Guardar la tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Saved to %1. This file is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Guardado en %1. Este archivo no está cifrado: guárdalo en un lugar seguro y elimínalo cuando ya no lo necesites.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ScriptText</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>%1, at “%2”. %3</source>
        <translation>%1, en «%2». %3</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
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
        <translation>mensaje</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Todavía no hay borradores</translation>
    </message>
    <message>
        <source>Start from a template: short, firm messages for saying how you feel, stepping back, holding a boundary or ending contact. You fill in the blanks, and a checker points out what may weaken them.</source>
        <translation>Parte de una plantilla: mensajes cortos y firmes para decir cómo te sientes, tomar distancia, mantener un límite o cortar el contacto. Tú rellenas los huecos y una revisión te señala lo que podría debilitarlos.</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nuevo a partir de plantilla…</translation>
    </message>
    <message>
        <source>Blank draft</source>
        <translation>Borrador en blanco</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <source>Export as text…</source>
        <translation>Exportar como texto…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Export the message</source>
        <translation>Exportar el mensaje</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir de una plantilla</translation>
    </message>
    <message>
        <source>Draft what you need to say: short, firm and calm. Nothing leaves Bearings unless you copy or export it.</source>
        <translation>Escribe lo que necesitas decir: breve, firme y con calma. Nada sale de Bearings a menos que lo copies o lo exportes.</translation>
    </message>
    <message>
        <source>Start a new draft from a template</source>
        <translation>Empezar un borrador nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>Start a blank draft</source>
        <translation>Empezar un borrador en blanco</translation>
    </message>
    <message>
        <source>Which drafts to show</source>
        <translation>Qué borradores mostrar</translation>
    </message>
    <message>
        <source>Drafts, most recently changed first</source>
        <translation>Borradores, los cambiados más recientemente primero</translation>
    </message>
    <message>
        <source>Rename the selected draft</source>
        <translation>Cambiar el nombre del borrador seleccionado</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Duplicar el borrador seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Eliminar el borrador seleccionado</translation>
    </message>
    <message>
        <source>Delete this draft? You can undo this until you lock Bearings.</source>
        <translation>¿Eliminar este borrador? Puedes deshacerlo hasta que bloquees Bearings.</translation>
    </message>
    <message>
        <source>Yes, delete the draft</source>
        <translation>Sí, eliminar el borrador</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Conservar el borrador</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Title of this draft</source>
        <translation>Título de este borrador</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>The checker adjusts to the kind: an apology may say sorry, and a message that ends contact should not ask questions.</source>
        <translation>La revisión se adapta al tipo: una disculpa puede pedir perdón, y un mensaje que corta el contacto no debería hacer preguntas.</translation>
    </message>
    <message>
        <source>Who this draft is for</source>
        <translation>Para quién es este borrador</translation>
    </message>
    <message>
        <source>Undo the last change to the message</source>
        <translation>Deshacer el último cambio del mensaje</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Rehacer el cambio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write your message here. Put blanks in square brackets, such as [Name].</source>
        <translation>Escribe aquí tu mensaje. Pon los huecos entre corchetes, por ejemplo [Nombre].</translation>
    </message>
    <message>
        <source>Preview of the final message</source>
        <translation>Vista previa del mensaje final</translation>
    </message>
    <message>
        <source>Copy the final message</source>
        <translation>Copiar el mensaje final</translation>
    </message>
    <message>
        <source>Bearings clears the clipboard again after a short while.</source>
        <translation>Bearings vacía el portapapeles de nuevo al poco tiempo.</translation>
    </message>
    <message>
        <source>Export the final message as a text file</source>
        <translation>Exportar el mensaje final como archivo de texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Final message</source>
        <translation>Mensaje final</translation>
    </message>
    <message>
        <source>Fill in the blanks</source>
        <translation>Rellenar los huecos</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Choose a draft on the left, or start a new one from a template.</source>
        <translation>Elige un borrador a la izquierda o empieza uno nuevo a partir de una plantilla.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>All drafts</source>
        <translation>Todos los borradores</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Nadie en concreto</translation>
    </message>
    <message>
        <source>No drafts for this relationship yet. Start one from a template, or show all drafts.</source>
        <translation>Todavía no hay borradores para esta relación. Empieza uno a partir de una plantilla o muestra todos los borradores.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Filled in 1 blank. Undo takes it back.</source>
        <translation>Se ha rellenado 1 hueco. Deshacer lo quita.</translation>
    </message>
    <message>
        <source>Filled in %1 blanks. Undo takes them back.</source>
        <translation>Se han rellenado %1 huecos. Deshacer los quita.</translation>
    </message>
    <message>
        <source>There is nothing to copy yet.</source>
        <translation>Todavía no hay nada que copiar.</translation>
    </message>
    <message>
        <source>Copied. Bearings clears it from the clipboard in %1 seconds.</source>
        <translation>Copiado. Bearings lo quitará del portapapeles dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>Copied. Bearings clears it from the clipboard when it locks.</source>
        <translation>Copiado. Bearings lo quitará del portapapeles cuando se bloquee.</translation>
    </message>
    <message>
        <source>Some blanks are still empty.</source>
        <translation>Algunos huecos siguen vacíos.</translation>
    </message>
    <message>
        <source>Saved to %1. It is plain text, so anyone who can open that folder can read it.</source>
        <translation>Guardado en %1. Es texto sin cifrar, así que cualquiera que pueda abrir esa carpeta puede leerlo.</translation>
    </message>
    <message>
        <source>That template is no longer available.</source>
        <translation>Esa plantilla ya no está disponible.</translation>
    </message>
    <message>
        <source>A new draft from “%1”. Fill in the blanks on the right, then read it through.</source>
        <translation>Un borrador nuevo a partir de «%1». Rellena los huecos de la derecha y luego léelo entero.</translation>
    </message>
    <message>
        <source>A new draft from “%1”.</source>
        <translation>Un borrador nuevo a partir de «%1».</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>Made a copy: “%1”.</source>
        <translation>Copia creada: «%1».</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you lock Bearings.</source>
        <translation>¿Eliminar «%1»? Puedes deshacerlo hasta que bloquees Bearings.</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>El borrador se ha eliminado.</translation>
    </message>
    <message>
        <source>The draft is back.</source>
        <translation>El borrador ha vuelto.</translation>
    </message>
    <message>
        <source>Saves as you type</source>
        <translation>Se guarda mientras escribes</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Bloqueo</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Traces on this computer</source>
        <translation>Ras&amp;tros en este ordenador</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Saves the choices on the General, Locking and Reminders tabs.</source>
        <translation>Guarda lo elegido en las pestañas General, Bloqueo y Recordatorios.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes without saving the choices on the General, Locking and Reminders tabs. A passphrase you changed stays changed.</source>
        <translation>Cierra sin guardar lo elegido en las pestañas General, Bloqueo y Recordatorios. Una frase de contraseña que hayas cambiado sigue cambiada.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::StrategyChangeDialog</name>
    <message>
        <source>Change the path</source>
        <translation>Cambiar el camino</translation>
    </message>
    <message>
        <source>Change the path with %1</source>
        <translation>Cambiar el camino con %1</translation>
    </message>
    <message>
        <source>Which path feels right with %1 now?</source>
        <translation>¿Qué camino te parece el adecuado ahora con %1?</translation>
    </message>
    <message>
        <source>You can change this again at any time. Bearings keeps a record of each change.</source>
        <translation>Puedes volver a cambiarlo cuando quieras. Bearings guarda un registro de cada cambio.</translation>
    </message>
    <message>
        <source>&amp;Why now? (only you will see this)</source>
        <translation>¿&amp;Por qué ahora? (solo tú lo verás)</translation>
    </message>
    <message>
        <source>Why now?</source>
        <translation>¿Por qué ahora?</translation>
    </message>
    <message>
        <source>Optional. Only you will see this.</source>
        <translation>Opcional. Solo tú lo verás.</translation>
    </message>
    <message>
        <source>Optional, but it can help to read later.</source>
        <translation>Opcional, pero puede ayudarte leerlo más adelante.</translation>
    </message>
    <message>
        <source>Save the path</source>
        <translation>Guardar el camino</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>bearings::ui::StrategyPanel</name>
    <message>
        <source>No one added yet</source>
        <translation>Todavía no has añadido a nadie</translation>
    </message>
    <message>
        <source>Add the person this is about to choose a path and write down what matters to you. An alias or initials are enough.</source>
        <translation>Añade a la persona de la que se trata para elegir un camino y anotar lo que te importa. Basta con un alias o unas iniciales.</translation>
    </message>
    <message>
        <source>Non-negotiables</source>
        <translation>Lo innegociable</translation>
    </message>
    <message>
        <source>Something you will not accept at all</source>
        <translation>Algo que no aceptarás de ninguna manera</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Lo que te importa</translation>
    </message>
    <message>
        <source>Something you value or need</source>
        <translation>Algo que valoras o necesitas</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Tu camino</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the path</source>
        <translation>Cambiar el camino</translation>
    </message>
    <message>
        <source>Choose another path and, if you like, note why.</source>
        <translation>Elige otro camino y, si quieres, anota por qué.</translation>
    </message>
    <message>
        <source>How your path has changed, newest first</source>
        <translation>Cómo ha cambiado tu camino, lo más reciente primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>How it has changed</source>
        <translation>Cómo ha cambiado</translation>
    </message>
    <message>
        <source>The few things you will not accept at all. Changes are saved as you make them.</source>
        <translation>Las pocas cosas que no aceptarás de ninguna manera. Los cambios se guardan al momento.</translation>
    </message>
    <message>
        <source>What you value or need in this relationship. Changes are saved as you make them.</source>
        <translation>Lo que valoras o necesitas en esta relación. Los cambios se guardan al momento.</translation>
    </message>
    <message>
        <source>Your path with %1</source>
        <translation>Tu camino con %1</translation>
    </message>
    <message>
        <source>Current path: %1</source>
        <translation>Camino actual: %1</translation>
    </message>
    <message>
        <source>This change could not be saved. %1</source>
        <translation>No se ha podido guardar este cambio. %1</translation>
    </message>
    <message>
        <source>The new path could not be saved. %1</source>
        <translation>No se ha podido guardar el nuevo camino. %1</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TemplatePickerDialog</name>
    <message>
        <source>Start from a template</source>
        <translation>Partir de una plantilla</translation>
    </message>
    <message>
        <source>Search the templates</source>
        <translation>Buscar en las plantillas</translation>
    </message>
    <message>
        <source>Search, for example “work” or “ending”</source>
        <translation>Busca, por ejemplo, «trabajo» o «cortar»</translation>
    </message>
    <message>
        <source>Show templates of this kind</source>
        <translation>Mostrar plantillas de este tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The selected template</source>
        <translation>La plantilla seleccionada</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Usar esta plantilla</translation>
    </message>
    <message>
        <source>Start a new draft from this template</source>
        <translation>Empezar un borrador nuevo a partir de esta plantilla</translation>
    </message>
    <message>
        <source>Close without a new draft</source>
        <translation>Cerrar sin un borrador nuevo</translation>
    </message>
    <message>
        <source>No template matches. Try fewer words, or start a blank draft instead.</source>
        <translation>Ninguna plantilla coincide. Prueba con menos palabras o empieza un borrador en blanco.</translation>
    </message>
    <message>
        <source>1 template</source>
        <translation>1 plantilla</translation>
    </message>
    <message>
        <source>%1 templates</source>
        <translation>%1 plantillas</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TracesPage</name>
    <message>
        <source>Traces on this computer</source>
        <translation>Rastros en este ordenador</translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file. These are all the files Bearings leaves on this computer, where they really are, and what it cannot hide.</source>
        <translation>Todo lo que escribes se guarda en un único archivo cifrado. Estos son todos los archivos que Bearings deja en este ordenador, dónde están de verdad y lo que no puede ocultar.</translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation>Tu caja fuerte</translation>
    </message>
    <message>
        <source>Everything you write in Bearings. While it saves, a temporary copy appears beside it for a moment; that copy is encrypted too.</source>
        <translation>Todo lo que escribes en Bearings. Mientras guarda, aparece un momento una copia temporal a su lado; esa copia también está cifrada.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup</source>
        <translation>La copia de seguridad de la caja fuerte</translation>
    </message>
    <message>
        <source>The previous save, kept in case the vault is damaged.</source>
        <translation>El guardado anterior, por si la caja fuerte se daña.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock file</source>
        <translation>Archivo de bloqueo</translation>
    </message>
    <message>
        <source>Exists while Bearings is open, so that it runs only once. Holds the program&apos;s process number and name and the computer&apos;s name.</source>
        <translation>Existe mientras Bearings está abierto, para que solo se ejecute una vez. Guarda el número y el nombre del proceso y el nombre del ordenador.</translation>
    </message>
    <message>
        <source>Wake marker</source>
        <translation>Marca de aviso</translation>
    </message>
    <message>
        <source>An empty file that appears for a moment when Bearings is started again while it runs hidden.</source>
        <translation>Un archivo vacío que aparece un momento cuando se vuelve a abrir Bearings mientras está oculto.</translation>
    </message>
    <message>
        <source>Files you export or print to a file</source>
        <translation>Archivos que exportas o imprimes en un archivo</translation>
    </message>
    <message>
        <source>Wherever you choose to save them. They hold what you chose to export, readable by anyone who opens them. Delete them when you no longer need them.</source>
        <translation>Donde elijas guardarlos. Contienen lo que elegiste exportar, y cualquiera que los abra puede leerlos. Elimínalos cuando ya no los necesites.</translation>
    </message>
    <message>
        <source>Files Bearings keeps</source>
        <translation>Archivos que guarda Bearings</translation>
    </message>
    <message>
        <source>There now.</source>
        <translation>Existe ahora.</translation>
    </message>
    <message>
        <source>Not there now.</source>
        <translation>No existe ahora.</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase.</source>
        <translation>Cifrado con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who can open the file can read it.</source>
        <translation>Sin cifrar: cualquiera que pueda abrir el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>That Bearings is installed: the program, its menu entry and the folder names above contain the word “Bearings”.</source>
        <translation>Que Bearings está instalado: el programa, su entrada en el menú y los nombres de carpeta de arriba contienen la palabra «Bearings».</translation>
    </message>
    <message>
        <source>Its window, while it is open: it is listed in the task bar and the task switcher (as “%1” in discreet mode).</source>
        <translation>Su ventana, mientras está abierta: aparece en la barra de tareas y en el selector de ventanas (como «%1» en el modo discreto).</translation>
    </message>
    <message>
        <source>Files you export: the system or other programs may keep lists of recently used files, or thumbnails.</source>
        <translation>Archivos que exportas: el sistema u otros programas pueden guardar listas de archivos recientes o miniaturas.</translation>
    </message>
    <message>
        <source>Backup and sync tools, such as cloud folders, may copy the vault file. The copy stays encrypted, but it shows that the file exists.</source>
        <translation>Las herramientas de copia de seguridad y sincronización, como las carpetas en la nube, pueden copiar el archivo de la caja fuerte. La copia sigue cifrada, pero muestra que el archivo existe.</translation>
    </message>
    <message>
        <source>Monitoring software on this computer, or someone watching the screen or your typing. If you think this computer is watched, a device the other person cannot reach is safer.</source>
        <translation>Programas espía en este ordenador, o alguien que mire la pantalla o lo que escribes. Si crees que este ordenador está vigilado, es más seguro un dispositivo al que la otra persona no pueda llegar.</translation>
    </message>
    <message>
        <source>What Bearings cannot hide</source>
        <translation>Lo que Bearings no puede ocultar</translation>
    </message>
    <message>
        <source>Window size and position, the area you last opened, and your choices in the settings: language, look, region, locking and reminders. Nothing you write.</source>
        <translation>El tamaño y la posición de la ventana, la última sección que abriste y lo que elegiste en los ajustes: idioma, aspecto, región, bloqueo y recordatorios. Nada de lo que escribes.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrayReminder</name>
    <message>
        <source>Time for your weekly note</source>
        <translation>Es hora de tu nota semanal</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanBenchmarkRow</name>
    <message>
        <source>A short name</source>
        <translation>Un nombre corto</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como mucho</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Good-to-hard ratio</source>
        <translation>Proporción de buenos y difíciles</translation>
    </message>
    <message>
        <source>Breaches a week</source>
        <translation>Incumplimientos por semana</translation>
    </message>
    <message>
        <source>Mood after contact</source>
        <translation>Ánimo después del contacto</translation>
    </message>
    <message>
        <source>My own rating</source>
        <translation>Mi propia puntuación</translation>
    </message>
    <message>
        <source>Good moments outweigh hard ones</source>
        <translation>Los buenos momentos pesan más que los difíciles</translation>
    </message>
    <message>
        <source>My boundaries are respected</source>
        <translation>Se respetan mis límites</translation>
    </message>
    <message>
        <source>How I feel after we talk</source>
        <translation>Cómo me siento después de hablar</translation>
    </message>
    <message>
        <source>How things feel overall</source>
        <translation>Cómo se siente todo en general</translation>
    </message>
    <message>
        <source>Benchmark %1: what it measures</source>
        <translation>Indicador %1: qué mide</translation>
    </message>
    <message>
        <source>Benchmark %1: name</source>
        <translation>Indicador %1: nombre</translation>
    </message>
    <message>
        <source>Benchmark %1: at least or at most</source>
        <translation>Indicador %1: al menos o como mucho</translation>
    </message>
    <message>
        <source>Benchmark %1: target</source>
        <translation>Indicador %1: objetivo</translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation>Quitar el indicador %1</translation>
    </message>
    <message>
        <source>Please give this benchmark a short name.</source>
        <translation>Ponle, por favor, un nombre corto a este indicador.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Mantén el nombre por debajo de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please enter a number as the target.</source>
        <translation>Escribe, por favor, un número como objetivo.</translation>
    </message>
    <message>
        <source>A ratio cannot be below zero. 5 good moments for each hard one is a common aim.</source>
        <translation>Una proporción no puede ser menor que cero. 5 buenos momentos por cada difícil es un objetivo habitual.</translation>
    </message>
    <message>
        <source>The number of breaches cannot be below zero.</source>
        <translation>El número de incumplimientos no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>Mood after contact goes from %1 to %2.</source>
        <translation>El ánimo después del contacto va de %1 a %2.</translation>
    </message>
    <message>
        <source>Your own rating goes from %1 to %2.</source>
        <translation>Tu propia puntuación va de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanForm</name>
    <message>
        <source>Repair: work on it together</source>
        <translation>Reparar: trabajar en ello juntos</translation>
    </message>
    <message>
        <source>Limit: less contact, clearer boundaries</source>
        <translation>Limitar: menos contacto, límites más claros</translation>
    </message>
    <message>
        <source>Cut: step away</source>
        <translation>Cortar: alejarte</translation>
    </message>
    <message>
        <source>The path and start date stay as they were when the trial began.</source>
        <translation>El camino y la fecha de inicio se quedan como estaban al empezar el periodo de prueba.</translation>
    </message>
    <message>
        <source>A plan can have up to %1 benchmarks. A few clear ones are easier to follow.</source>
        <translation>Un plan puede tener hasta %1 indicadores. Unos pocos y claros son más fáciles de seguir.</translation>
    </message>
    <message>
        <source>Edit the trial plan</source>
        <translation>Editar el plan de prueba</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation>Empezar un plan de prueba</translation>
    </message>
    <message>
        <source>Trial plan</source>
        <translation>Plan de prueba</translation>
    </message>
    <message>
        <source>Choose a path</source>
        <translation>Elegir un camino</translation>
    </message>
    <message>
        <source>The path you are trying</source>
        <translation>El camino que estás probando</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation>Duración en semanas</translation>
    </message>
    <message>
        <source>Day of the weekly check-in</source>
        <translation>Día del repaso semanal</translation>
    </message>
    <message>
        <source>The trial</source>
        <translation>El periodo de prueba</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>&amp;Camino</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>&amp;Empieza el</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>C&amp;heck in every</source>
        <translation>&amp;Repaso cada</translation>
    </message>
    <message>
        <source>A fair trial is usually 8 to 12 weeks: long enough to see a pattern rather than one good or bad day. Then you look back and decide.</source>
        <translation>Un periodo de prueba justo suele durar de 8 a 12 semanas: lo bastante para ver un patrón y no solo un día bueno o malo. Después miras atrás y decides.</translation>
    </message>
    <message>
        <source>For example: pause and come back in 30 minutes when things heat up</source>
        <translation>Por ejemplo: hacer una pausa y volver a los 30 minutos cuando las cosas se calienten</translation>
    </message>
    <message>
        <source>What I will do differently</source>
        <translation>Lo que haré de otra manera</translation>
    </message>
    <message>
        <source>For example: keep one small promise a day</source>
        <translation>Por ejemplo: cumplir una pequeña promesa cada día</translation>
    </message>
    <message>
        <source>What I&apos;m asking of them</source>
        <translation>Lo que le pido a la otra persona</translation>
    </message>
    <message>
        <source>One small change each</source>
        <translation>Un pequeño cambio para cada uno</translation>
    </message>
    <message>
        <source>Pick something small and concrete that you would both notice. Small changes are easier to keep.</source>
        <translation>Elige algo pequeño y concreto que los dos notaríais. Los cambios pequeños son más fáciles de mantener.</translation>
    </message>
    <message>
        <source>What &amp;I will do differently</source>
        <translation>Lo que &amp;haré de otra manera</translation>
    </message>
    <message>
        <source>What I&apos;m &amp;asking of them</source>
        <translation>Lo que le &amp;pido a la otra persona</translation>
    </message>
    <message>
        <source>A&amp;dd a benchmark</source>
        <translation>A&amp;ñadir un indicador</translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation>Añadir un indicador</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Signs of change to look back on at the end. Bearings works out the first three from your journal and boundaries; you give your own rating at each weekly check-in.</source>
        <translation>Señales de cambio para revisar al final. Bearings calcula las tres primeras a partir de tu diario y tus límites; tu propia puntuación la das en cada repaso semanal.</translation>
    </message>
    <message>
        <source>End the current plan and start this one</source>
        <translation>Terminar el plan actual y empezar este</translation>
    </message>
    <message>
        <source>Start the trial</source>
        <translation>Empezar el periodo de prueba</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please choose which path this trial is for: repair, limit or cut.</source>
        <translation>Elige, por favor, para qué camino es este periodo de prueba: reparar, limitar o cortar.</translation>
    </message>
    <message>
        <source>A fair trial is between %1 and %2 weeks; %3 is typical.</source>
        <translation>Un periodo de prueba justo dura entre %1 y %2 semanas; lo habitual son %3.</translation>
    </message>
    <message>
        <source>A few things need another look before the plan can be saved. Nothing has been saved yet.</source>
        <translation>Hay algunas cosas que revisar antes de poder guardar el plan. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>A trial is already running for this relationship. One trial at a time keeps the picture clear. You can end the current one and start this one instead, or keep the current one going.</source>
        <translation>Ya hay un periodo de prueba en marcha para esta relación. Uno cada vez mantiene la imagen clara. Puedes terminar el actual y empezar este en su lugar, o dejar que siga el actual.</translation>
    </message>
    <message>
        <source>The new plan could not be started, so nothing has changed: your current plan keeps running. %1</source>
        <translation>No se ha podido empezar el nuevo plan, así que no ha cambiado nada: tu plan actual sigue en marcha. %1</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanPanel</name>
    <message>
        <source>Trial plan</source>
        <translation>Plan de prueba</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Start a trial plan…</source>
        <translation>Empezar un plan de prueba…</translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation>Empezar un plan de prueba</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the trial plan</source>
        <translation>Editar el plan de prueba</translation>
    </message>
    <message>
        <source>End plan…</source>
        <translation>Terminar el plan…</translation>
    </message>
    <message>
        <source>End the trial plan</source>
        <translation>Terminar el plan de prueba</translation>
    </message>
    <message>
        <source>End this trial now? Your check-ins and notes stay, and you can start a new trial whenever you like.</source>
        <translation>¿Terminar ahora este periodo de prueba? Tus repasos y notas se quedan, y puedes empezar otro cuando quieras.</translation>
    </message>
    <message>
        <source>End the plan</source>
        <translation>Terminar el plan</translation>
    </message>
    <message>
        <source>Yes, end the trial plan</source>
        <translation>Sí, terminar el plan de prueba</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Dejar que siga</translation>
    </message>
    <message>
        <source>Keep the trial plan running</source>
        <translation>Dejar que siga el plan de prueba</translation>
    </message>
    <message>
        <source>Giving one path a fair trial, usually 8 to 12 weeks, lets you judge by what actually changes rather than by one good or bad day. You choose one small change for each of you, a few signs of progress, and a day for a short weekly check-in. At the end you look back and decide.</source>
        <translation>Dar a un camino un periodo de prueba justo, normalmente de 8 a 12 semanas, te permite juzgar por lo que de verdad cambia y no por un día bueno o malo. Eliges un pequeño cambio para cada uno, algunas señales de progreso y un día para un breve repaso semanal. Al final miras atrás y decides.</translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can give one path a fair trial here.</source>
        <translation>Cuando hayas añadido una relación, podrás dar aquí a un camino un periodo de prueba justo.</translation>
    </message>
    <message>
        <source>Your trial: limiting contact</source>
        <translation>Tu periodo de prueba: limitar el contacto</translation>
    </message>
    <message>
        <source>Your trial: stepping away</source>
        <translation>Tu periodo de prueba: alejarte</translation>
    </message>
    <message>
        <source>Your trial: repair</source>
        <translation>Tu periodo de prueba: reparar</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Empieza el %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>All %1 weeks are done</source>
        <translation>Las %1 semanas han terminado</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>todavía sin escribir</translation>
    </message>
    <message>
        <source>What I will do differently: %1</source>
        <translation>Lo que haré de otra manera: %1</translation>
    </message>
    <message>
        <source>What I&apos;m asking of them: %1</source>
        <translation>Lo que le pido a la otra persona: %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como mucho %1</translation>
    </message>
    <message>
        <source>%1 good moments for each hard one</source>
        <translation>%1 buenos momentos por cada difícil</translation>
    </message>
    <message>
        <source>%1 breaches a week</source>
        <translation>%1 incumplimientos por semana</translation>
    </message>
    <message>
        <source>mood after contact %1</source>
        <translation>ánimo después del contacto %1</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The check-in for week %1 is still open, whenever you are ready.</source>
        <translation>El repaso de la semana %1 sigue pendiente, para cuando quieras.</translation>
    </message>
    <message>
        <source>Next check-in: %1</source>
        <translation>Próximo repaso: %1</translation>
    </message>
    <message>
        <source>Time to look back at your benchmarks and decide what comes next.</source>
        <translation>Es hora de revisar tus indicadores y decidir cómo seguir.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::UserTagsDialog</name>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>hurtful</source>
        <translation>dañino</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>ninguno de los dos</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Tus etiquetas</translation>
    </message>
    <message>
        <source>Add words for what keeps happening that the built-in tags don&apos;t cover. Say whether it is a positive or a hurtful moment: that is how it counts on the Overview.</source>
        <translation>Añade palabras para lo que se repite y no cubren las etiquetas incluidas. Indica si es un momento positivo o dañino: así es como cuenta en el Resumen.</translation>
    </message>
    <message>
        <source>New tag&apos;s name</source>
        <translation>Nombre de la etiqueta nueva</translation>
    </message>
    <message>
        <source>For example: Brings up the past</source>
        <translation>Por ejemplo: saca el pasado</translation>
    </message>
    <message>
        <source>What kind of moment it is</source>
        <translation>Qué tipo de momento es</translation>
    </message>
    <message>
        <source>A hurtful moment</source>
        <translation>Un momento dañino</translation>
    </message>
    <message>
        <source>A positive moment</source>
        <translation>Un momento positivo</translation>
    </message>
    <message>
        <source>Neither, just worth noting</source>
        <translation>Ninguno de los dos, solo para anotarlo</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Quitar la etiqueta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tags of your own yet.</source>
        <translation>Todavía no tienes etiquetas propias.</translation>
    </message>
    <message>
        <source>Please give the tag a name.</source>
        <translation>Ponle, por favor, un nombre a la etiqueta.</translation>
    </message>
    <message>
        <source>You already have a tag called &quot;%1&quot;.</source>
        <translation>Ya tienes una etiqueta llamada «%1».</translation>
    </message>
    <message>
        <source>Remove this tag? No entry carries it.</source>
        <translation>¿Quitar esta etiqueta? Ninguna nota la lleva.</translation>
    </message>
    <message>
        <source>Remove this tag? It comes off the one entry that carries it; the entry itself stays.</source>
        <translation>¿Quitar esta etiqueta? Se quita de la única nota que la lleva; la nota sigue ahí.</translation>
    </message>
    <message>
        <source>Remove this tag? It comes off the %1 entries that carry it; the entries themselves stay.</source>
        <translation>¿Quitar esta etiqueta? Se quita de las %1 notas que la llevan; las notas siguen ahí.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Add the new tag</source>
        <translation>Añadir la etiqueta nueva</translation>
    </message>
</context>
<context>
    <name>bearings::ui::VaultGate</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation>Ocultar Bearings al instante y cerrarlo</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Once more</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>Create your private vault</source>
        <translation>Crea tu caja fuerte privada</translation>
    </message>
    <message>
        <source>Everything you write in Bearings is kept in one file on this computer, locked with a passphrase only you know. A few unrelated words are easy to remember and hard to guess. If the passphrase is forgotten, nobody can open the vault, not even us.</source>
        <translation>Todo lo que escribes en Bearings se guarda en un archivo en este ordenador, cerrado con una frase de contraseña que solo tú conoces. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Si se olvida la frase de contraseña, nadie puede abrir la caja fuerte, ni siquiera nosotros.</translation>
    </message>
    <message>
        <source>A passphrase protects your notes when the app is locked or the file is copied. It cannot protect you from someone watching you type, or from monitoring software on this computer. If you think this computer is watched, a device the other person cannot reach is safer.</source>
        <translation>Una frase de contraseña protege tus notas cuando la aplicación está bloqueada o si alguien copia el archivo. No puede protegerte de alguien que mire lo que escribes ni de un programa espía en este ordenador. Si crees que este ordenador está vigilado, es más seguro un dispositivo al que la otra persona no pueda llegar.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la caja fuerte</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Escribe tu frase de contraseña para abrir tu caja fuerte.</translation>
    </message>
    <message>
        <source>Bearings locks itself when you step away. Quick exit, or pressing Shift three times, hides it at once.</source>
        <translation>Bearings se bloquea cuando te alejas. La salida rápida, o pulsar Mayúsculas tres veces, lo oculta al instante.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>At least %1 characters. Longer is stronger.</source>
        <translation>Al menos %1 caracteres. Cuanto más larga, más segura.</translation>
    </message>
    <message>
        <source>Keep going: at least %1 characters.</source>
        <translation>Sigue: al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <source>Good. A few more words would make it stronger.</source>
        <translation>Bien. Unas cuantas palabras más la harían más segura.</translation>
    </message>
    <message>
        <source>That looks strong.</source>
        <translation>Parece segura.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Escribe, por favor, tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters for your passphrase.</source>
        <translation>Usa, por favor, al menos %1 caracteres para tu frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbelas de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>How Bearings works, and helplines (F1)</source>
        <translation>Cómo funciona Bearings, y líneas de ayuda (F1)</translation>
    </message>
</context>
<context>
    <name>bearings::ui::VaultSession</name>
    <message>
        <source>The vault could not be opened.</source>
        <translation>No se ha podido abrir la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::WelcomePage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Goes on to create your private vault.</source>
        <translation>Pasa a crear tu caja fuerte privada.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>How Bearings works, and helplines (F1)</source>
        <translation>Cómo funciona Bearings, y líneas de ayuda (F1)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation>Ocultar Bearings al instante y cerrarlo</translation>
    </message>
</context>
<context>
    <name>bearings::ui::WelcomeText</name>
    <message>
        <source>Welcome to Bearings</source>
        <translation>Te damos la bienvenida a Bearings</translation>
    </message>
    <message>
        <source>Bearings is a private place to take stock of a relationship that hurts you, to keep notes and to plan your next steps. Here is what to know before you begin.</source>
        <translation>Bearings es un lugar privado para hacer balance de una relación que te hace daño, tomar notas y planificar tus próximos pasos. Esto es lo que conviene saber antes de empezar.</translation>
    </message>
    <message>
        <source>Press %1 to lock Bearings whenever you step away. It also locks itself after a minute without use.</source>
        <translation>Pulsa %1 para bloquear Bearings siempre que te alejes. También se bloquea solo tras un minuto sin uso.</translation>
    </message>
    <message>
        <source>Press %1 to lock Bearings whenever you step away. It also locks itself after %2 minutes without use.</source>
        <translation>Pulsa %1 para bloquear Bearings siempre que te alejes. También se bloquea solo tras %2 minutos sin uso.</translation>
    </message>
    <message>
        <source>Press %1 to lock Bearings whenever you step away.</source>
        <translation>Pulsa %1 para bloquear Bearings siempre que te alejes.</translation>
    </message>
    <message>
        <source>If someone comes near, press Shift three times: the window disappears at once and Bearings locks.</source>
        <translation>Si alguien se acerca, pulsa Mayúsculas tres veces: la ventana desaparece al instante y Bearings se bloquea.</translation>
    </message>
    <message>
        <source>If someone comes near, press %1, or Shift three times: the window disappears at once and Bearings locks.</source>
        <translation>Si alguien se acerca, pulsa %1 o Mayúsculas tres veces: la ventana desaparece al instante y Bearings se bloquea.</translation>
    </message>
    <message>
        <source>What Bearings keeps</source>
        <translation>Lo que guarda Bearings</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in one file that is encrypted with a passphrase only you know. There is no account and no copy anywhere else. Without the passphrase, nobody can read it, and nobody can recover it for you.</source>
        <translation>Todo lo que escribes se queda en este ordenador, en un archivo cifrado con una frase de contraseña que solo tú conoces. No hay ninguna cuenta ni ninguna copia en otro sitio. Sin la frase de contraseña, nadie puede leerlo, y nadie puede recuperarla por ti.</translation>
    </message>
    <message>
        <source>No internet, ever</source>
        <translation>Nada de internet, nunca</translation>
    </message>
    <message>
        <source>Bearings never connects to the internet. It sends nothing, checks for nothing and shares nothing. Helpline numbers are listed, but Bearings never calls or opens anything by itself.</source>
        <translation>Bearings nunca se conecta a internet. No envía nada, no comprueba nada y no comparte nada. Los números de las líneas de ayuda aparecen en la lista, pero Bearings nunca llama ni abre nada por su cuenta.</translation>
    </message>
    <message>
        <source>Locking and quick exit</source>
        <translation>Bloqueo y salida rápida</translation>
    </message>
    <message>
        <source>If this computer may be watched</source>
        <translation>Si este ordenador puede estar vigilado</translation>
    </message>
    <message>
        <source>If the person who hurts you can use this computer, or may have put monitoring software on it, they could see what you type, even in Bearings. A device they cannot reach is safer: a computer at a library, or the phone or laptop of a friend you trust. If you look for help online, browser history and shared accounts, such as email, cloud storage or phone backups, can show it to others too.</source>
        <translation>Si la persona que te hace daño puede usar este ordenador, o podría haber instalado en él un programa espía, podría ver lo que escribes, incluso en Bearings. Es más seguro un dispositivo al que no pueda llegar: un ordenador de una biblioteca, o el móvil o el portátil de una amistad de confianza. Si buscas ayuda en internet, el historial del navegador y las cuentas compartidas, como el correo, el almacenamiento en la nube o las copias de seguridad del móvil, también pueden mostrárselo a otras personas.</translation>
    </message>
</context>
</TS>
