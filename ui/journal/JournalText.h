#pragma once

#include "journal/JournalEntry.h"
#include "journal/TagCatalog.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bearings::ui {

// Plain words for journal values, shared by the form and the list.
class JournalText final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::JournalText)

public:
    static QString channelLabel(Channel channel);
    // "+2", "0", "−3" or "—" when not noted.
    static QString mood(const std::optional<int> &value);
    // "before +1 · during −2 · after —", or empty when no mood was noted.
    static QString moods(const JournalEntry &entry);
    // Tag labels, comma separated; unknown ids shown as they are.
    static QString tags(const QStringList &ids, const QList<TagInfo> &userTags);
    static QString firstLine(const QString &note);
    static QString severityLabel(int severity);
};

} // namespace bearings::ui
