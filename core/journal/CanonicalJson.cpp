#include "CanonicalJson.h"

#include <algorithm>

namespace bearings {

namespace {

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(kHex[(unit >> 12) & 0xF]);
    out.append(kHex[(unit >> 8) & 0xF]);
    out.append(kHex[(unit >> 4) & 0xF]);
    out.append(kHex[unit & 0xF]);
}

} // namespace

QByteArray CanonicalJson::string(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    const qsizetype n = text.size();
    qsizetype run = 0; // start of the characters that are copied as they are
    const auto flush = [&](qsizetype end) {
        if (end > run)
            out.append(QStringView(text).sliced(run, end - run).toUtf8());
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const char *shortForm = nullptr;
        switch (c) {
        case u'"': shortForm = "\\\""; break;
        case u'\\': shortForm = "\\\\"; break;
        case u'\b': shortForm = "\\b"; break;
        case u'\f': shortForm = "\\f"; break;
        case u'\n': shortForm = "\\n"; break;
        case u'\r': shortForm = "\\r"; break;
        case u'\t': shortForm = "\\t"; break;
        default: break;
        }
        if (shortForm) {
            flush(i);
            out.append(shortForm);
            run = i + 1;
        } else if (c < 0x20) {
            flush(i);
            appendEscapedUnit(out, c);
            run = i + 1;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a valid pair stays in the run
        } else if (QChar::isSurrogate(c)) {
            // An unpaired surrogate has no UTF-8 form: escape it as
            // ECMAScript's JSON.stringify does, so no text is lost.
            flush(i);
            appendEscapedUnit(out, c);
            run = i + 1;
        }
    }
    flush(n);
    out.append('"');
    return out;
}

QByteArray CanonicalJson::object(QList<Member> members)
{
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.first < b.first; });
    QByteArray out("{");
    bool first = true;
    for (const auto &[key, value] : members) {
        if (!first)
            out.append(',');
        first = false;
        out.append(string(key));
        out.append(':');
        if (value.isNull())
            out.append("null");
        else if (value.typeId() == QMetaType::QString)
            out.append(string(value.toString()));
        else
            out.append(QByteArray::number(value.toLongLong()));
    }
    out.append('}');
    return out;
}

} // namespace bearings
