#include "scripts/TemplateLibrary.h"
#include "TestDatabase.h"
#include "scripts/MessageScriptRepository.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <random>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

TemplateLibrary shipped()
{
    Result<TemplateLibrary> library = TemplateLibrary::load();
    EXPECT_TRUE(library.ok()) << (library.ok() ? std::string() : library.error().message.toStdString());
    return library.ok() ? library.value() : TemplateLibrary();
}

// A valid library with one template of every kind; `extra` is spliced into
// the first template object.
QByteArray library(const QString &extra = {}, const QString &firstTitle = u"Title"_s)
{
    QStringList items;
    bool first = true;
    for (const auto &[kind, key] : kScriptKindKeys) {
        const QString k = QString::fromUtf16(key.data(), qsizetype(key.size()));
        items.append(
            uR"({"id": "t-%1", "kind": "%2", "title": "%3", "summary": "When it helps.", "body": "Hi [Name]."%4})"_s
                .arg(QString(k).replace(u'_', u'-'), k, first ? firstTitle : u"Title"_s, first ? extra : QString()));
        first = false;
    }
    return (uR"({"format": 1, "version": 1, "templates": [)"_s + items.join(u", "_s) + u"]}"_s).toUtf8();
}

} // namespace

TEST(TemplateLibraryTest, ShippedLibraryHasSeveralTemplatesForEveryKind)
{
    const TemplateLibrary lib = shipped();
    ASSERT_TRUE(lib.isValid());
    for (const auto &[kind, key] : kScriptKindKeys)
        EXPECT_GE(lib.templates(kind).size(), 2) << QString::fromUtf16(key.data()).toStdString();
    QSet<QString> ids;
    for (const ScriptTemplate &t : lib.templates()) {
        EXPECT_FALSE(ids.contains(t.id)) << t.id.toStdString();
        ids.insert(t.id);
        EXPECT_FALSE(t.title.isEmpty());
        EXPECT_FALSE(t.summary.isEmpty());
        EXPECT_FALSE(t.body.isEmpty());
    }
}

TEST(TemplateLibraryTest, FindsById)
{
    const TemplateLibrary lib = shipped();
    const std::optional<ScriptTemplate> t = lib.find(u"ending-contact-final"_s);
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->kind, ScriptKind::EndingContact);
    EXPECT_FALSE(lib.find(u"no-such-template"_s).has_value());
}

TEST(TemplateLibraryTest, SearchMatchesEveryWordInTitleSummaryBodyOrKind)
{
    const TemplateLibrary lib = shipped();
    EXPECT_EQ(lib.search(QString()).size(), lib.templates().size());
    EXPECT_EQ(lib.search(u"   "_s).size(), lib.templates().size());

    // "work" appears in the kind name "At work" of every workplace template.
    const QList<ScriptTemplate> work = lib.search(u"WORK"_s, ScriptKind::Workplace);
    EXPECT_EQ(work.size(), lib.templates(ScriptKind::Workplace).size());

    // Every word must match: the body of exactly one template has "visit me".
    const QList<ScriptTemplate> both = lib.search(u"visit contact"_s);
    ASSERT_EQ(both.size(), 1);
    EXPECT_EQ(both.first().id, u"ending-contact-short"_s);
    EXPECT_TRUE(lib.search(u"visit zebra"_s).isEmpty());

    // The kind filter narrows.
    for (const ScriptTemplate &t : lib.search(u"contact"_s, ScriptKind::EndingContact))
        EXPECT_EQ(t.kind, ScriptKind::EndingContact);
}

TEST(TemplateLibraryTest, SearchIgnoresAccents)
{
    const Result<TemplateLibrary> lib = TemplateLibrary::fromJson(library({}, u"Café talk"_s));
    ASSERT_TRUE(lib.ok()) << lib.error().message.toStdString();
    ASSERT_EQ(lib.value().search(u"cafe"_s).size(), 1);
    EXPECT_EQ(lib.value().search(u"CAFÉ"_s).size(), 1);
}

TEST(TemplateLibraryTest, KindLabelsAndDescriptionsExistForEveryKind)
{
    QSet<QString> labels;
    for (const auto &[kind, key] : kScriptKindKeys) {
        EXPECT_FALSE(TemplateLibrary::kindDescription(kind).isEmpty());
        labels.insert(TemplateLibrary::kindLabel(kind));
    }
    EXPECT_EQ(labels.size(), qsizetype(kScriptKindKeys.size()));
}

TEST(TemplateLibraryTest, RejectsBadInput)
{
    ASSERT_TRUE(TemplateLibrary::fromJson(library()).ok());
    const QString longTitle(MessageScriptRepository::kMaxTitleLength + 1, u'x');
    struct Case {
        const char *name;
        QByteArray json;
    };
    const Case cases[] = {
        {"not json", "{"},
        {"array root", "[]"},
        {"unknown root key", R"({"format": 1, "version": 1, "templates": [], "extra": 1})"},
        {"wrong format", R"({"format": 2, "version": 1, "templates": []})"},
        {"fractional format", R"({"format": 1.5, "version": 1, "templates": []})"},
        {"no version", R"({"format": 1, "templates": []})"},
        {"templates not a list", R"({"format": 1, "version": 1, "templates": {}})"},
        {"template not an object", R"({"format": 1, "version": 1, "templates": [1]})"},
        {"kinds missing", R"({"format": 1, "version": 1, "templates": []})"},
        {"unknown template key", library(u", \"extra\": true"_s)},
        {"duplicate id", library().replace("t-low-contact", "t-i-statement")},
        {"bad id", library().replace("t-low-contact", "Low Contact")},
        {"unknown kind", library().replace("\"kind\": \"low_contact\"", "\"kind\": \"shouting\"")},
        {"kind not a string", library().replace("\"kind\": \"low_contact\"", "\"kind\": 3")},
        {"empty title", library({}, u"  "_s)},
        {"long title", library({}, longTitle)},
        {"empty summary", library().replace("\"summary\": \"When it helps.\"", "\"summary\": \"\"")},
        {"empty body", library().replace("\"body\": \"Hi [Name].\"", "\"body\": 7")},
    };
    for (const Case &c : cases) {
        const Result<TemplateLibrary> lib = TemplateLibrary::fromJson(c.json);
        ASSERT_FALSE(lib.ok()) << c.name;
        EXPECT_EQ(lib.error().code, ErrorCode::Invalid) << c.name;
        EXPECT_FALSE(lib.error().message.isEmpty()) << c.name;
    }
}

// A NUL once cut a text short on its way through translate() (finding K1 of
// tests/fuzz/fuzz_templates); control characters are refused instead. Line
// breaks stay allowed in a body.
TEST(TemplateLibraryTest, RefusesControlCharactersButNotLineBreaks)
{
    const QByteArray cases[] = {
        library({}, u"\\u0000Title"_s),
        library().replace("\"summary\": \"When it helps.\"", "\"summary\": \"\\u0000When it helps.\""),
        library().replace("\"body\": \"Hi [Name].\"", "\"body\": \"Hi\\u0007 [Name].\""),
        library().replace("\"body\": \"Hi [Name].\"", "\"body\": \"Hi\\r\\n[Name].\""),
    };
    for (const QByteArray &json : cases) {
        const Result<TemplateLibrary> lib = TemplateLibrary::fromJson(json);
        ASSERT_FALSE(lib.ok()) << json.constData();
        EXPECT_TRUE(lib.error().message.contains(u"control character"_s)) << lib.error().message.toStdString();
    }
    const Result<TemplateLibrary> lines
        = TemplateLibrary::fromJson(library().replace("\"body\": \"Hi [Name].\"", "\"body\": \"Hi\\n[Name].\""));
    ASSERT_TRUE(lines.ok());
    EXPECT_EQ(lines.value().find(u"t-low-contact"_s)->body, u"Hi\n[Name]."_s);
}

// The loader will be fuzzed; this keeps the obvious crashes out already.
TEST(TemplateLibraryTest, SurvivesMangledInput)
{
    QFile file(u":/bearings/scripts/templates.json"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    std::mt19937 random(7);
    for (int round = 0; round < 300; ++round) {
        QByteArray mangled = original;
        const int edits = 1 + int(random() % 8);
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random() % quint32(mangled.size()));
            switch (random() % 3) {
            case 0: mangled[at] = char(random() % 256); break;
            case 1: mangled.remove(at, qsizetype(random() % 40)); break;
            default: mangled.insert(at, mangled.mid(qsizetype(random() % quint32(mangled.size())), 30)); break;
            }
        }
        const Result<TemplateLibrary> lib = TemplateLibrary::fromJson(mangled);
        if (!lib.ok()) {
            EXPECT_FALSE(lib.error().message.isEmpty());
        }
    }
}
