// The .qm files the app embeds under :/i18n are found for the locales people
// use, the way app/main.cpp's installTranslations() loads them
// (QTranslator::load(locale, "bearings", "_", dir)), and they turn plural
// messages into real words: "4 weeks" in English, not "4 week(s)".
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct PluralMessage {
    QByteArray context;
    QByteArray source;
};

// The plural messages of a .ts file.
QList<PluralMessage> pluralMessages(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<PluralMessage> out;
    QXmlStreamReader xml(&file);
    QByteArray context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1)
            context = xml.readElementText().toUtf8();
        else if (xml.name() == "message"_L1)
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        else if (xml.name() == "source"_L1 && numerus)
            out.append({context, xml.readElementText().toUtf8()});
    }
    return out;
}

QString translated(const PluralMessage &message, int n)
{
    return QCoreApplication::translate(message.context.constData(), message.source.constData(), nullptr, n);
}

} // namespace

class TranslationsTest final : public QObject {
    Q_OBJECT

private slots:
    void findsTheFileForTheLocale_data();
    void findsTheFileForTheLocale();
    void englishPluralsAreWords_data();
    void englishPluralsAreWords();
    void otherLanguagesHaveTheirPlurals_data();
    void otherLanguagesHaveTheirPlurals();
    void qtsOwnTranslationsAreThere_data();
    void qtsOwnTranslationsAreThere();

private:
    const QString m_qmDir = QStringLiteral(BEARINGS_QM_DIR);
    const QString m_tsDir = QStringLiteral(BEARINGS_TS_DIR);
};

void TranslationsTest::findsTheFileForTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"bearings_en.qm"_s;
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"bearings_en.qm"_s;
    // English chosen in the settings on a German system (ui::Language::locale).
    QTest::newRow("en_DE") << QLocale(QLocale::English, QLocale::Germany) << u"bearings_en.qm"_s;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"bearings_de.qm"_s;
    QTest::newRow("de_AT") << QLocale(QLocale::German, QLocale::Austria) << u"bearings_de.qm"_s;
    QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland) << u"bearings_de.qm"_s;
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << u"bearings_es.qm"_s;
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << u"bearings_es.qm"_s;
    QTest::newRow("es_US") << QLocale(QLocale::Spanish, QLocale::UnitedStates) << u"bearings_es.qm"_s;
}

void TranslationsTest::findsTheFileForTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QTranslator translator;
    QVERIFY2(translator.load(locale, u"bearings"_s, u"_"_s, m_qmDir), qPrintable(locale.name()));
    QCOMPARE(QFileInfo(translator.filePath()).fileName(), file);
    QVERIFY(!translator.isEmpty());
}

void TranslationsTest::englishPluralsAreWords_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    const QList<PluralMessage> messages = pluralMessages(m_tsDir + u"/bearings_en.ts"_s);
    QVERIFY(!messages.isEmpty());
    for (const PluralMessage &m : messages)
        QTest::newRow(m.source.constData()) << m.context << m.source;
}

void TranslationsTest::englishPluralsAreWords()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::English, QLocale::UnitedStates), u"bearings"_s, u"_"_s, m_qmDir));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const PluralMessage message {context, source};
    const QString one = translated(message, 1);
    const QString four = translated(message, 4);
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(!one.contains(u"(s)"_s), qPrintable(one));
    QVERIFY2(!four.contains(u"(s)"_s), qPrintable(four));
    QVERIFY2(four.contains(u'4'), qPrintable(four));
    QVERIFY(one != four);
}

void TranslationsTest::otherLanguagesHaveTheirPlurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
}

void TranslationsTest::otherLanguagesHaveTheirPlurals()
{
    QFETCH(QLocale, locale);
    QTranslator translator;
    QVERIFY(translator.load(locale, u"bearings"_s, u"_"_s, m_qmDir));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // The plural messages are the same in every file; the English list names them.
    const QList<PluralMessage> messages = pluralMessages(m_tsDir + u"/bearings_en.ts"_s);
    QVERIFY(!messages.isEmpty());
    for (const PluralMessage &m : messages) {
        const QString one = translated(m, 1);
        const QString four = translated(m, 4);
        QVERIFY2(one != QString::fromUtf8(m.source), m.source.constData());
        QVERIFY2(four != QString::fromUtf8(m.source), m.source.constData());
        QVERIFY2(four.contains(u'4'), qPrintable(four));
        QVERIFY2(one != four, qPrintable(one));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TranslationsTest::qtsOwnTranslationsAreThere_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
}

void TranslationsTest::qtsOwnTranslationsAreThere()
{
    // Standard buttons and dialogs ("Cancel", the file dialog) come from Qt's
    // own catalogue, which main.cpp loads next to Bearings' (Debian package
    // qt6-translations-l10n, installed by scripts/bootstrap.sh).
    QFETCH(QLocale, locale);
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QDir(dir).exists(u"qtbase_de.qm"_s))
        QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
    QTranslator translator;
    QVERIFY(translator.load(locale, u"qtbase"_s, u"_"_s, dir));
}

QTEST_GUILESS_MAIN(TranslationsTest)

#include "tst_translations.moc"
