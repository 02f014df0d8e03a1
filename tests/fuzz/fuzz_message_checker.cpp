// Fuzz target: the message checker (MessageChecker::check with the rules that
// ship with the app) on any text a person might type or paste, with any kind
// of message, language and placeholder values.
//
// Input: byte 0 picks the kind, byte 1 the language; the rest is UTF-8 text,
// and after a NUL byte, lines "Name=value" fill placeholders.
#include "CheckerProperties.h"

#include "scripts/CheckerRules.h"

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const CheckerRules rules = [] {
        auto loaded = CheckerRules::load();
        fuzz::require(loaded.ok(), "the shipped checker rules do not load");
        return loaded.value();
    }();
    if (size < 2)
        return 0;

    CheckContext context;
    context.kind = kScriptKindKeys[data[0] % kScriptKindKeys.size()].first;
    static const QString languages[] = {u"en"_s, u"de"_s, u"es"_s, u"fr"_s};
    context.language = languages[data[1] % 4];

    const QByteArray rest = fuzz::view(data + 2, size - 2);
    const qsizetype split = rest.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? rest : rest.left(split));
    if (split >= 0) {
        const QStringList lines = QString::fromUtf8(rest.mid(split + 1)).split(u'\n');
        for (const QString &line : lines) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                context.fills.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    fuzz::checkMessage(text, rules, context);
    return 0;
}
