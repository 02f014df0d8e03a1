#include "Placeholders.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QRegularExpression &pattern()
{
    // Keep in step with the "Placeholder" rule of bearings-message.xml.
    // Spaces before the name are skipped. The first character of the name is
    // anything but a bracket, a separator (\p{Z}: spaces of every kind), a
    // control character (\p{Cc}: tab, line breaks) or an invisible format
    // character (\p{Cf}), so a name always has something to see. Property
    // classes, unlike \s, mean the same whatever Unicode options the
    // highlighter compiles its expressions with.
    static const QRegularExpression re(u"\\[[\\p{Zs}\\t]*([^\\[\\]\\p{Z}\\p{Cc}\\p{Cf}][^\\[\\]\\n]*)\\]"_s);
    return re;
}

} // namespace

QList<PlaceholderSpan> Placeholders::find(const QString &text)
{
    QList<PlaceholderSpan> spans;
    QRegularExpressionMatchIterator it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.captured(1).trimmed(), m.capturedStart(0), m.capturedLength(0)});
    }
    return spans;
}

QStringList Placeholders::names(const QString &text)
{
    QStringList out;
    for (const PlaceholderSpan &span : find(text)) {
        if (!out.contains(span.name))
            out.append(span.name);
    }
    return out;
}

bool Placeholders::isFilled(const QString &name, const QHash<QString, QString> &values)
{
    return !values.value(name).trimmed().isEmpty();
}

QString Placeholders::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const PlaceholderSpan &span : find(text)) {
        if (!isFilled(span.name, values))
            continue;
        out += QStringView(text).mid(at, span.start - at);
        out += values.value(span.name).trimmed();
        at = span.start + span.length;
    }
    out += QStringView(text).mid(at);
    return out;
}

QList<PlaceholderSpan> Placeholders::unfilled(const QString &text, const QHash<QString, QString> &values)
{
    QList<PlaceholderSpan> out;
    for (const PlaceholderSpan &span : find(text)) {
        if (!isFilled(span.name, values))
            out.append(span);
    }
    return out;
}

} // namespace bearings
