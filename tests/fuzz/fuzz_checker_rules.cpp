// Fuzz target: the message checker's rule loader (CheckerRules::fromJson),
// and the checker run with whatever rules it accepts over a fixed sample and
// over the rules' own words. Whatever the bytes, loading refuses with Invalid
// or gives rules the checker can run without crashing or pointing outside
// the text, each with the title and explanation the file gives (no
// translator is installed here).
#include "CheckerProperties.h"

#include "scripts/CheckerRules.h"

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::view(data, size);
    auto loaded = CheckerRules::fromJson(json);
    if (fuzz::refusedAsInvalid(loaded))
        return 0;
    const CheckerRules &rules = loaded.value();
    fuzz::require(rules.isValid() && !rules.rules().isEmpty(), "accepted rules are not valid");

    // A sample with a bit of everything, then every listed word in a sentence.
    QString sample = u"Hi [Name], I just feel that you're always so selfish?! Could you maybe stop. "
                     u"When you said that, I felt hurt; I need [what you need]. Why would you do that?\n"_s;
    const auto sources = fuzz::objectsById(json, u"rules"_s);
    for (const CheckerRule &rule : rules.rules()) {
        fuzz::require(rules.rule(rule.id).has_value(), "a rule is not found by its id", rule.id);
        const QString title = sources.value(rule.id).value(u"title"_s).toString().simplified();
        const QString explanation = sources.value(rule.id).value(u"explanation"_s).toString().simplified();
        // K1 (fixed): a NUL once cut a text short in translate().
        fuzz::require(rule.title == title && rule.explanation == explanation,
            "a rule's title or explanation is not the file's", rule.id);
        for (const LanguageLists *lists : {&rule.words, &rule.subjects, &rule.fillers}) {
            for (const QString &entry : CheckerRule::listFor(*lists, u"en"_s))
                sample += entry + u" you are "_s;
        }
        sample += u".\n"_s;
        if (sample.size() > 20000)
            break;
    }
    for (const auto &[kind, key] : kScriptKindKeys) {
        CheckContext context;
        context.kind = kind;
        context.language = size % 2 ? u"de"_s : u"en"_s;
        fuzz::checkMessage(sample, rules, context);
    }
    return 0;
}
