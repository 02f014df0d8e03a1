#pragma once

#include "common/Result.h"
#include "scripts/ScriptTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bearings {

// The library of message templates (DOMAIN.md section 6), loaded from the JSON
// that ships as the resource :/bearings/scripts/templates.json.
//
// The JSON holds English source text. Every title, summary and body goes
// through QCoreApplication::translate() with the context
// "bearings::TemplateLibrary" (this class's tr() context); lupdate does not
// read JSON, so translations are added to that context by hand.
class TemplateLibrary final {
    Q_DECLARE_TR_FUNCTIONS(bearings::TemplateLibrary)

public:
    static constexpr int kFormat = 1;
    static constexpr int kMaxTemplates = 1000;
    static constexpr int kMaxSummaryLength = 300;

    TemplateLibrary() = default;

    // The library that ships with the app.
    static Result<TemplateLibrary> load();
    // Parses and validates a library; Invalid names what is wrong and where.
    // Never crashes, whatever the bytes.
    static Result<TemplateLibrary> fromJson(const QByteArray &json);

    bool isValid() const { return m_version > 0; }
    int version() const { return m_version; }
    const QList<ScriptTemplate> &templates() const { return m_templates; }
    QList<ScriptTemplate> templates(ScriptKind kind) const;
    std::optional<ScriptTemplate> find(const QString &id) const;
    // The templates that contain every word of `query` in their title, summary,
    // body or kind name, ignoring case and accents; all of them for an empty
    // query. With `kind`, only templates of that kind.
    QList<ScriptTemplate> search(const QString &query, std::optional<ScriptKind> kind = std::nullopt) const;

    // The kind's name as people see it ("Ending contact").
    static QString kindLabel(ScriptKind kind);
    // One sentence on what the kind of message is for.
    static QString kindDescription(ScriptKind kind);

private:
    int m_version = 0;
    QList<ScriptTemplate> m_templates;
};

} // namespace bearings
