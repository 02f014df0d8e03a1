// The "Bearings Message" syntax definition, headless: it loads through the
// Repository without warnings, highlights the sample scripts in
// tests/data/scripts exactly as their reference files say, marks the same
// blanks as core/scripts/Placeholders, and marks every word the checker rules
// ask it to. Regenerate the references after an intended change with
//   BEARINGS_UPDATE_GOLDEN=1 build/<dir>/bin/tst_scriptsyntax
// and review the diff. (Model: KSyntaxHighlighting autotests/testhighlighter.cpp.)
#include "scripts/CheckerRules.h"
#include "scripts/MessageChecker.h"
#include "scripts/Placeholders.h"
#include "scripts/SyntaxRepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace bearings;
using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_warnings.append(QString::fromUtf8(context.category ? context.category : "default") + u": "_s + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Span {
    int start = 0;
    int length = 0;
    QString format; // empty for plain text
};

// Writes each line as text with <Format>...</Format> around highlighted runs.
class FormatWriter final : public KSyntaxHighlighting::AbstractHighlighter {
public:
    FormatWriter()
    {
        setTheme(SyntaxRepository::instance().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        setDefinition(SyntaxRepository::messageDefinition());
    }

    // The runs of one line, with adjacent runs of the same format merged,
    // starting from `state`.
    QList<Span> spans(const QString &line, KSyntaxHighlighting::State &state)
    {
        m_spans.clear();
        state = highlightLine(line, state);
        return m_spans;
    }

    QString highlight(const QString &text)
    {
        QStringList out;
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(u'\n')) {
            QString written;
            for (const Span &span : spans(line, state)) {
                const QString part = line.mid(span.start, span.length);
                written
                    += span.format.isEmpty() ? part : u'<' + span.format + u'>' + part + u"</"_s + span.format + u'>';
            }
            out.append(written);
        }
        return out.join(u'\n');
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0)
            return;
        const QString name = format.isValid() && format.name() != u"Normal Text"_s ? format.name() : QString();
        if (!m_spans.isEmpty() && m_spans.last().format == name
            && m_spans.last().start + m_spans.last().length == offset) {
            m_spans.last().length += length;
            return;
        }
        m_spans.append({offset, length, name});
    }

private:
    QList<Span> m_spans;
};

QString dataDir()
{
    return QStringLiteral(BEARINGS_TEST_DATA_DIR) + u"/scripts"_s;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestScriptSyntax : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Only the definitions that ship with KSyntaxHighlighting and Bearings;
        // none from the user's own folders.
        QStandardPaths::setTestModeEnabled(true);
        g_previousHandler = qInstallMessageHandler(collectWarnings);
        const KSyntaxHighlighting::Definition definition = SyntaxRepository::messageDefinition();
        // Everything loads on first use of formats and keyword lists.
        QVERIFY(!definition.formats().isEmpty());
        QVERIFY(!definition.keywordLists().isEmpty());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    void definitionLoadsByExactNameWithoutWarnings()
    {
        const KSyntaxHighlighting::Definition definition
            = SyntaxRepository::instance().definitionForName(u"Bearings Message"_s);
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), SyntaxRepository::messageDefinitionName());
        QCOMPARE(definition.name(), u"Bearings Message"_s);
        QVERIFY2(definition.filePath().startsWith(u":/org.kde.syntax-highlighting/syntax-addons/"_s),
            qPrintable(definition.filePath()));
        QVERIFY(!definition.isHidden());

        QStringList formats;
        for (const KSyntaxHighlighting::Format &f : definition.formats())
            formats.append(f.name());
        for (const QString &expected : {u"Normal Text"_s, u"Placeholder"_s, u"Feeling"_s, u"Need"_s, u"Action"_s,
                 u"Consequence"_s, u"Hedging"_s, u"Apology"_s, u"Absolute"_s, u"Negotiation"_s, u"Attack"_s})
            QVERIFY2(formats.contains(expected), qPrintable(expected));
        QCOMPARE(definition.keywordLists().size(), 3);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    void goldenFiles_data()
    {
        QTest::addColumn<QString>("input");
        const QStringList samples = QDir(dataDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(samples.size() >= 5);
        for (const QString &name : samples)
            QTest::newRow(qPrintable(name)) << QDir(dataDir()).filePath(name);
    }

    void goldenFiles()
    {
        QFETCH(QString, input);
        const QString text = readText(input);
        QVERIFY(!text.isEmpty());
        FormatWriter writer;
        const QString actual = writer.highlight(text);
        const QString referencePath = input + u".ref"_s;
        if (qEnvironmentVariableIntValue("BEARINGS_UPDATE_GOLDEN") == 1) {
            QFile out(referencePath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            qInfo() << "updated" << referencePath;
            return;
        }
        const QString expected = readText(referencePath);
        QVERIFY2(!expected.isEmpty(),
            qPrintable(u"missing "_s + referencePath + u" (run with BEARINGS_UPDATE_GOLDEN=1 to create it)"_s));
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i)
            QCOMPARE(a.at(i), e.at(i));
        QCOMPARE(a.size(), e.size());
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // The highlighter and the placeholder panel must agree on what is a blank.
    void placeholderSpansMatchTheCore()
    {
        const QStringList lines {u"Hi [Name], see you on [ day ] at [time]."_s, u"[] and [ ] and [\t] and [x]"_s,
            u"[[Name]] and [a [b] c] and [open"_s, u"close] and [ spaced out ]"_s, u"no blanks at all"_s};
        FormatWriter writer;
        for (const QString &line : lines) {
            KSyntaxHighlighting::State state;
            QList<TextSpan> highlighted;
            for (const Span &span : writer.spans(line, state)) {
                if (span.format == u"Placeholder"_s)
                    highlighted.append({span.start, span.length});
            }
            QList<TextSpan> found;
            for (const PlaceholderSpan &p : Placeholders::find(line))
                found.append({p.start, p.length});
            QVERIFY2(highlighted == found, qPrintable(line));
        }
    }

    // Every word and phrase of a rule with "highlight" gets that attribute.
    void checkerWordsAreHighlighted()
    {
        const Result<CheckerRules> rules = CheckerRules::load();
        QVERIFY(rules.ok());
        FormatWriter writer;
        int checked = 0;
        for (const CheckerRule &rule : rules.value().rules()) {
            if (rule.highlight.isEmpty())
                continue;
            QStringList samples;
            const QStringList words = rule.words.value(u"en"_s);
            if (rule.type == CheckerRuleType::Attack) {
                const QStringList fillers = rule.fillers.value(u"en"_s);
                for (const QString &subject : rule.subjects.value(u"en"_s)) {
                    for (const QString &word : words) {
                        samples.append(subject + u' ' + word);
                        if (!fillers.isEmpty())
                            samples.append(subject + u' ' + fillers.at(checked % fillers.size()) + u' ' + word);
                        ++checked;
                    }
                }
                for (const QString &filler : fillers)
                    samples.append(rule.subjects.value(u"en"_s).first() + u' ' + filler + u' ' + words.first());
            } else {
                samples = words;
            }
            for (const QString &sample : std::as_const(samples)) {
                for (const QString &variant : {sample, QString(sample).replace(u'\'', QChar(0x2019))}) {
                    const QString expected = u'<' + rule.highlight + u'>' + variant + u"</"_s + rule.highlight + u'>';
                    QCOMPARE(writer.highlight(variant), expected);
                    // Mid-sentence and capitalised too.
                    const QString capital = variant.left(1).toUpper() + variant.mid(1);
                    QCOMPARE(writer.highlight(u"So "_s + capital + u" there."_s),
                        u"So <"_s + rule.highlight + u'>' + capital + u"</"_s + rule.highlight + u"> there."_s);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100);
    }

    // And the other way round: the definition's keyword lists hold nothing
    // the checker does not flag.
    void keywordListsComeFromTheRules()
    {
        const Result<CheckerRules> rules = CheckerRules::load();
        QVERIFY(rules.ok());
        const KSyntaxHighlighting::Definition definition = SyntaxRepository::messageDefinition();
        for (const QString &list : definition.keywordLists()) {
            const std::optional<CheckerRule> rule = rules.value().rule(list);
            QVERIFY2(rule.has_value(), qPrintable(u"no checker rule named "_s + list));
            QVERIFY(!rule->highlight.isEmpty());
            for (const QString &word : definition.keywordList(list))
                QVERIFY2(rule->words.value(u"en"_s).contains(word), qPrintable(list + u": "_s + word));
        }
    }
};

QTEST_MAIN(TestScriptSyntax)
#include "tst_scriptsyntax.moc"
