// Fuzz target: the message template loader (TemplateLibrary::fromJson), and
// lookups and search over whatever library it accepts. Whatever the bytes,
// loading refuses with Invalid or gives a library that keeps its promises:
// a template of every kind, each found by its id and by its own title, with
// the title, summary and body the file gives (no translator is installed).
#include "FuzzSupport.h"

#include "scripts/TemplateLibrary.h"

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::view(data, size);
    auto loaded = TemplateLibrary::fromJson(json);
    if (fuzz::refusedAsInvalid(loaded))
        return 0;
    const TemplateLibrary &library = loaded.value();
    fuzz::require(library.isValid(), "an accepted library is not valid");
    qsizetype byKind = 0;
    for (const auto &[kind, key] : kScriptKindKeys) {
        const QList<ScriptTemplate> list = library.templates(kind);
        fuzz::require(!list.isEmpty(), "an accepted library lacks a kind");
        byKind += list.size();
        fuzz::require(!TemplateLibrary::kindLabel(kind).isEmpty(), "a kind without a label");
    }
    fuzz::require(byKind == library.templates().size(), "templates of no kind");
    fuzz::require(library.search(QString()).size() == library.templates().size(), "an empty search is not all");
    int searched = 0;
    const auto sources = fuzz::objectsById(json, u"templates"_s);
    for (const ScriptTemplate &t : library.templates()) {
        fuzz::require(library.find(t.id) == t, "a template is not found by its id", t.id);
        const QJsonObject source = sources.value(t.id);
        const QString title = source.value(u"title"_s).toString().trimmed();
        const QString summary = source.value(u"summary"_s).toString().trimmed();
        const QString body = source.value(u"body"_s).toString().trimmed();
        // K1 (fixed): a NUL once cut a text short in translate().
        fuzz::require(
            t.title == title && t.summary == summary && t.body == body, "a template's text is not the file's", t.id);
        // Searching is linear in the library; a few titles are enough.
        if (searched++ < 20) {
            const QList<ScriptTemplate> found = library.search(t.title, t.kind);
            fuzz::require(found.contains(t), "a template is not found by its own title", t.title);
        }
    }
    (void)library.search(u"  ca\u0301fe\u0301 [Name] \u00df "_s);
    return 0;
}
