#include "MessageChecker.h"

#include "scripts/Placeholders.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(
        u"[\\p{L}\\p{N}]+(?:['\\x{2019}\\-][\\p{L}\\p{N}]+)*"_s, QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201D) || c == QChar(0x2019)
        || c == QChar(0x00BB);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// Trims white space off both ends of [start, end) and appends it when not empty.
void appendTrimmed(const QString &text, qsizetype start, qsizetype end, QList<TextSpan> &out)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start)
        out.append({start, end - start});
}

CheckerFinding finding(
    const CheckerRule &rule, const QString &text, qsizetype start, qsizetype length, const QString &argument)
{
    CheckerFinding f;
    f.ruleId = rule.id;
    f.start = start;
    f.length = length;
    f.matched = text.mid(start, length);
    f.title = rule.title;
    f.explanation = rule.explanation.contains(u"%1"_s) ? rule.explanation.arg(argument) : rule.explanation;
    return f;
}

bool endsWithQuestionMark(QStringView sentence)
{
    qsizetype end = sentence.size();
    while (end > 0 && isCloser(sentence.at(end - 1)))
        --end;
    return end > 0 && sentence.at(end - 1) == u'?';
}

// Where the message passes maxWords, counting a filled placeholder's value
// rather than its name; -1 when it does not.
qsizetype overflowPosition(const QString &text, int maxWords, const QHash<QString, QString> &fills)
{
    const QList<PlaceholderSpan> spans = Placeholders::find(text);
    int counted = 0;
    qsizetype spanIndex = 0;
    QRegularExpressionMatchIterator it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedStart();
        // Filled placeholders before this word count with their value.
        while (spanIndex < spans.size() && spans.at(spanIndex).start + spans.at(spanIndex).length <= at) {
            const PlaceholderSpan &span = spans.at(spanIndex);
            if (Placeholders::isFilled(span.name, fills)) {
                counted += MessageChecker::wordCount(fills.value(span.name));
                if (counted > maxWords)
                    return span.start;
            }
            ++spanIndex;
        }
        const bool insideFilled = spanIndex < spans.size() && spans.at(spanIndex).start <= at
            && Placeholders::isFilled(spans.at(spanIndex).name, fills);
        if (insideFilled)
            continue;
        if (++counted > maxWords)
            return at;
    }
    for (; spanIndex < spans.size(); ++spanIndex) {
        const PlaceholderSpan &span = spans.at(spanIndex);
        if (Placeholders::isFilled(span.name, fills)) {
            counted += MessageChecker::wordCount(fills.value(span.name));
            if (counted > maxWords)
                return span.start;
        }
    }
    return -1;
}

} // namespace

int MessageChecker::wordCount(QStringView text)
{
    int count = 0;
    QRegularExpressionMatchIterator it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

int MessageChecker::characterCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

QList<TextSpan> MessageChecker::sentences(const QString &text)
{
    QList<TextSpan> out;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            appendTrimmed(text, start, i, out);
            start = ++i;
            continue;
        }
        if (isSentenceEnd(c)) {
            qsizetype end = i + 1;
            while (end < text.size() && (isSentenceEnd(text.at(end)) || isCloser(text.at(end))))
                ++end;
            // "3.5" or "e.g.x" do not end a sentence: the end needs a space or the end of the text.
            if (end == text.size() || text.at(end).isSpace()) {
                appendTrimmed(text, start, end, out);
                start = end;
            }
            i = end;
            continue;
        }
        ++i;
    }
    appendTrimmed(text, start, text.size(), out);
    return out;
}

QList<CheckerFinding> MessageChecker::check(const QString &text, const CheckerRules &rules, const CheckContext &context)
{
    QList<CheckerFinding> all;
    for (const CheckerRule &rule : rules.rules())
        all.append(check(text, rule, context));
    std::stable_sort(
        all.begin(), all.end(), [](const CheckerFinding &a, const CheckerFinding &b) { return a.start < b.start; });
    return all;
}

QList<CheckerFinding> MessageChecker::check(const QString &text, const CheckerRule &rule, const CheckContext &context)
{
    QList<CheckerFinding> out;
    if (!rule.appliesTo(context.kind))
        return out;
    // Same length as `text`, so every position found in it is valid in `text`.
    const QString normalized = CheckerRules::normalizedApostrophes(text);

    switch (rule.type) {
    case CheckerRuleType::Placeholder:
        for (const PlaceholderSpan &span : Placeholders::unfilled(text, context.fills))
            out.append(finding(rule, text, span.start, span.length, text.mid(span.start, span.length)));
        break;
    case CheckerRuleType::Length: {
        const qsizetype from = overflowPosition(text, rule.maxWords, context.fills);
        if (from >= 0) {
            QList<TextSpan> rest;
            appendTrimmed(text, from, text.size(), rest);
            if (!rest.isEmpty())
                out.append(
                    finding(rule, text, rest.first().start, rest.first().length, QString::number(rule.maxWords)));
        }
        break;
    }
    case CheckerRuleType::SentenceLength:
        for (const TextSpan &sentence : sentences(text)) {
            const QString filled = Placeholders::fill(text.mid(sentence.start, sentence.length), context.fills);
            if (wordCount(filled) > rule.maxWords)
                out.append(finding(rule, text, sentence.start, sentence.length, QString::number(rule.maxWords)));
        }
        break;
    case CheckerRuleType::Words:
    case CheckerRuleType::Attack: {
        if (rule.matchers.isEmpty())
            break;
        QList<CheckerFinding> found;
        QRegularExpressionMatchIterator it = rule.matcher(context.language).globalMatch(normalized);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            // The argument is the text as written, curly apostrophes and all.
            found.append(finding(
                rule, text, m.capturedStart(), m.capturedLength(), text.mid(m.capturedStart(), m.capturedLength())));
        }
        if (found.size() >= rule.minMatches)
            out.append(found);
        break;
    }
    case CheckerRuleType::Question: {
        const bool anyQuestion = rule.anyQuestionKinds.contains(context.kind);
        const QRegularExpression matcher
            = rule.matchers.isEmpty() ? QRegularExpression() : rule.matcher(context.language);
        for (const TextSpan &sentence : sentences(text)) {
            const QStringView view = QStringView(normalized).mid(sentence.start, sentence.length);
            if (!endsWithQuestionMark(view))
                continue;
            const bool phrase = !rule.matchers.isEmpty() && matcher.match(view).hasMatch();
            if (anyQuestion || phrase) {
                const QString quoted = text.mid(sentence.start, sentence.length);
                out.append(finding(rule, text, sentence.start, sentence.length, quoted));
            }
        }
        break;
    }
    }
    return out;
}

} // namespace bearings
