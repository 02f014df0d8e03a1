#include "JournalText.h"

#include "journal/TagCatalog.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString JournalText::channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::InPerson: return tr("In person");
    case Channel::Call: return tr("Call");
    case Channel::Text: return tr("Text");
    case Channel::Online: return tr("Online");
    case Channel::Other: return tr("Other");
    }
    return {};
}

QString JournalText::mood(const std::optional<int> &value)
{
    if (!value)
        return tr("—");
    if (*value > 0)
        return u"+%1"_s.arg(*value);
    if (*value < 0)
        return u"\u2212%1"_s.arg(-*value);
    return u"0"_s;
}

QString JournalText::moods(const JournalEntry &entry)
{
    if (!entry.moodBefore && !entry.moodDuring && !entry.moodAfter)
        return {};
    return tr("before %1 · during %2 · after %3")
        .arg(mood(entry.moodBefore), mood(entry.moodDuring), mood(entry.moodAfter));
}

QString JournalText::tags(const QStringList &ids, const QList<TagInfo> &userTags)
{
    QStringList labels;
    for (const QString &id : ids) {
        if (const std::optional<TagInfo> info = TagCatalog::find(id)) {
            labels.append(info->label);
            continue;
        }
        QString label = id;
        for (const TagInfo &user : userTags) {
            if (user.id == id) {
                label = user.label;
                break;
            }
        }
        labels.append(label);
    }
    return labels.join(tr(", "));
}

QString JournalText::firstLine(const QString &note)
{
    const QString trimmed = note.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed();
}

QString JournalText::severityLabel(int severity)
{
    switch (severity) {
    case 1: return tr("1 – minor");
    case 2: return tr("2 – upsetting");
    case 3: return tr("3 – serious");
    case 4: return tr("4 – very serious");
    case 5: return tr("5 – dangerous");
    default: return QString::number(severity);
    }
}

} // namespace bearings::ui
