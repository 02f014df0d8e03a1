#include "safetyplan/SafetyPlanDocument.h"
#include "safetyplan/SafetyPlanRepository.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

using Section = SafetyPlanDocument::Section;

SafetyPlan fullPlan()
{
    SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    plan.region = Region::UnitedKingdom;
    plan.emergencyNumber = u"999"_s;
    plan.contacts = {{u"Dr. Lee"_s, u"07700 900111"_s, u"Doctor"_s, false},
        {u"Ana"_s, u"07700 900123"_s, u"Sister"_s, true}, {u"Joe"_s, u"07700 900456"_s, u"Friend"_s, true}};
    plan.hotlines.append({u"Local line"_s, u"0808 000 0000"_s, QString(), u"Evenings"_s});
    plan.safePlaces = {{u"Ana's flat"_s, u"1 High Street"_s, u"Bus 12, ten minutes"_s},
        {u"The library"_s, u"Main Street"_s, QString()}};
    plan.codeWord = u"pineapple"_s;
    plan.essentials[0].done = true;
    plan.ifTheyShowUp = {u"Do not open the door"_s, u"Call Ana"_s};
    plan.exitSteps = {u"Pack the bag"_s, u"Leave while they are at work"_s};
    plan.notes = u"First paragraph.\n\nSecond paragraph with Ünïcödé."_s;
    plan.updatedAt = QDateTime(QDate(2026, 2, 20), QTime(18, 0));
    return plan;
}

SafetyPlan emptyPlan()
{
    SafetyPlan plan;
    plan.region = Region::Other;
    return plan;
}

SafetyPlanDocument::Options options()
{
    return {QDateTime(QDate(2026, 3, 3), QTime(14, 5)), QLocale::c()};
}

// Everything the plan holds that a printed copy must show.
QStringList expectedTexts(const SafetyPlan &plan)
{
    QStringList texts {plan.emergencyNumber, plan.codeWord, u"Ünïcödé"_s, u"First paragraph."_s};
    for (const TrustedContact &c : plan.contacts)
        texts << c.name << c.phone << c.relationship;
    for (const Hotline &h : plan.hotlines) {
        texts << h.name << h.phone << h.notes;
        if (!h.tty.isEmpty())
            texts << h.tty;
    }
    for (const SafePlace &p : plan.safePlaces)
        texts << p.name << p.address;
    for (const ChecklistItem &i : plan.essentials)
        texts << i.text;
    texts << plan.ifTheyShowUp << plan.exitSteps << plan.groundingTools;
    texts.removeAll(QString());
    return texts;
}

QStringList sectionTitles()
{
    QStringList titles;
    for (const Section s : SafetyPlanDocument::kSections)
        titles << SafetyPlanDocument::sectionTitle(s);
    return titles;
}

// The text content of a well-formed XHTML document, or a failure.
::testing::AssertionResult xmlText(const QString &xhtml, QString *text)
{
    QXmlStreamReader reader(xhtml);
    int elements = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            ++elements;
        else if (reader.isCharacters())
            *text += reader.text();
    }
    if (reader.hasError())
        return ::testing::AssertionFailure()
            << "not well-formed at line " << reader.lineNumber() << ": " << reader.errorString().toStdString();
    if (elements == 0)
        return ::testing::AssertionFailure() << "no elements";
    return ::testing::AssertionSuccess();
}

} // namespace

TEST(SafetyPlanDocumentTest, HtmlIsWellFormedAndHoldsEverything)
{
    const SafetyPlan plan = fullPlan();
    const QString html = SafetyPlanDocument::html(plan, options());
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    QString text;
    ASSERT_TRUE(xmlText(html, &text));
    for (const QString &title : sectionTitles())
        EXPECT_TRUE(text.contains(title)) << title.toStdString();
    for (const QString &expected : expectedTexts(plan))
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_TRUE(text.contains(u"Printed on Tuesday, 3 March 2026."_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Last changed on Friday, 20 February 2026."_s));
    EXPECT_TRUE(text.contains(u"112 works too."_s));
    // The sections come in the document's order.
    qsizetype last = -1;
    for (const QString &title : sectionTitles()) {
        const qsizetype at = text.indexOf(title);
        EXPECT_GT(at, last) << title.toStdString();
        last = at;
    }
    // A done item is ticked, the others are not.
    EXPECT_TRUE(html.contains(u"&#9745;&#160;&#160;ID or passport"_s));
    EXPECT_TRUE(html.contains(u"&#9744;&#160;&#160;Birth certificates"_s));
}

TEST(SafetyPlanDocumentTest, HtmlEscapesWhatThePersonWrote)
{
    SafetyPlan plan = fullPlan();
    plan.contacts = {{u"<b>Ana</b> & \"Jo\""_s, u"<script>1</script>"_s, u"Sister's friend"_s, true}};
    plan.notes = u"Line one\nLine <two>"_s;
    const QString html = SafetyPlanDocument::html(plan, options());
    EXPECT_FALSE(html.contains(u"<b>Ana</b>"_s));
    EXPECT_FALSE(html.contains(u"<script>"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Jo&quot;"_s));
    EXPECT_TRUE(html.contains(u"Line one<br/>Line &lt;two&gt;"_s));
    QString text;
    ASSERT_TRUE(xmlText(html, &text));
    EXPECT_TRUE(text.contains(u"<b>Ana</b> & \"Jo\""_s));
    EXPECT_TRUE(text.contains(u"<script>1</script>"_s));

    // On the card, names are labels and kept short.
    plan.contacts.first().name = u"<i>A</i> & \"J\""_s;
    const QString card = SafetyPlanDocument::cardHtml(plan, options());
    EXPECT_FALSE(card.contains(u"<script>"_s));
    EXPECT_FALSE(card.contains(u"<i>A</i>"_s));
    QString cardText;
    ASSERT_TRUE(xmlText(card, &cardText));
    EXPECT_TRUE(cardText.contains(u"<i>A</i> & \"J\""_s));
    EXPECT_TRUE(cardText.contains(u"<script>1</script>"_s));
}

TEST(SafetyPlanDocumentTest, MarkdownAndTextHoldEverySectionAndEntry)
{
    const SafetyPlan plan = fullPlan();
    const QString markdown = SafetyPlanDocument::markdown(plan, options());
    const QString text = SafetyPlanDocument::plainText(plan, options());
    for (const QString &title : sectionTitles()) {
        EXPECT_TRUE(markdown.contains(u"\n## "_s + title + u'\n')) << title.toStdString();
        EXPECT_TRUE(text.contains(u'\n' + title.toUpper() + u'\n')) << title.toStdString();
    }
    for (const QString &expected : expectedTexts(plan)) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
        EXPECT_TRUE(markdown.contains(SafetyPlanDocument::escapeMarkdown(expected))) << expected.toStdString();
    }
    EXPECT_TRUE(markdown.startsWith(u"# My safety plan\n"_s));
    EXPECT_TRUE(markdown.contains(u"Printed on Tuesday, 3 March 2026."_s));
    EXPECT_TRUE(text.contains(u"Printed on Tuesday, 3 March 2026."_s));
    EXPECT_TRUE(markdown.contains(u"- [x] ID or passport\n"_s));
    EXPECT_TRUE(markdown.contains(u"- [ ] Birth certificates\n"_s));
    EXPECT_TRUE(markdown.contains(u"1. Do not open the door\n2. Call Ana\n"_s));
    EXPECT_TRUE(markdown.contains(u"**999**"_s));
    EXPECT_TRUE(text.contains(u"[x] ID or passport\n"_s));
    EXPECT_TRUE(text.contains(u"1. Pack the bag\n2. Leave while they are at work\n"_s));
    EXPECT_FALSE(text.contains(u"**"_s));
    // Two paragraphs of notes stay two paragraphs.
    EXPECT_TRUE(markdown.contains(u"First paragraph.\n\nSecond paragraph"_s));
}

TEST(SafetyPlanDocumentTest, MarkdownEscapesFormatting)
{
    SafetyPlan plan = fullPlan();
    plan.codeWord = u"*blue* _umbrella_"_s;
    plan.notes = u"# not a heading\n- not a list\n1. not numbered\n[link](x) <tag> a|b `code`"_s;
    const QString markdown = SafetyPlanDocument::markdown(plan, options());
    EXPECT_TRUE(markdown.contains(u"**\\*blue\\* \\_umbrella\\_**"_s)) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"\\# not a heading  \n\\- not a list  \n1\\. not numbered  \n"
                                  "\\[link\\](x) \\<tag\\> a\\|b \\`code\\`"_s))
        << markdown.toStdString();
    // Plain text keeps the words as written.
    EXPECT_TRUE(SafetyPlanDocument::plainText(plan, options()).contains(u"*blue* _umbrella_"_s));
}

TEST(SafetyPlanDocumentTest, EscapeMarkdownTable)
{
    const std::pair<QString, QString> cases[] = {
        {u"plain words"_s, u"plain words"_s},
        {u"206-555-0134"_s, u"206-555-0134"_s},
        {u"Dr. Lee"_s, u"Dr. Lee"_s},
        {u"-5 degrees"_s, u"\\-5 degrees"_s},
        {u"+44 20"_s, u"\\+44 20"_s},
        {u"12) twelve"_s, u"12\\) twelve"_s},
        {u"2026. A year"_s, u"2026\\. A year"_s},
        {u"a \\ b"_s, u"a \\\\ b"_s},
        {u"Tom & Jerry"_s, u"Tom \\& Jerry"_s},
        {u"~~gone~~"_s, u"\\~\\~gone\\~\\~"_s},
    };
    for (const auto &[input, expected] : cases)
        EXPECT_EQ(SafetyPlanDocument::escapeMarkdown(input), expected) << input.toStdString();
}

TEST(SafetyPlanDocumentTest, EmptySectionsOfferPrompts)
{
    const SafetyPlan plan = emptyPlan();
    for (const Section s : SafetyPlanDocument::kSections) {
        EXPECT_TRUE(SafetyPlanDocument::isEmpty(plan, s));
        EXPECT_FALSE(SafetyPlanDocument::emptyPrompt(s).isEmpty());
    }
    const QString html = SafetyPlanDocument::html(plan, options());
    QString text;
    ASSERT_TRUE(xmlText(html, &text));
    const QString markdown = SafetyPlanDocument::markdown(plan, options());
    const QString plain = SafetyPlanDocument::plainText(plan, options());
    for (const Section s : SafetyPlanDocument::kSections) {
        const QString title = SafetyPlanDocument::sectionTitle(s);
        const QString prompt = SafetyPlanDocument::emptyPrompt(s);
        EXPECT_TRUE(text.contains(title));
        EXPECT_TRUE(text.contains(prompt)) << prompt.toStdString();
        EXPECT_TRUE(markdown.contains(title));
        EXPECT_TRUE(markdown.contains(SafetyPlanDocument::escapeMarkdown(prompt))) << prompt.toStdString();
        EXPECT_TRUE(plain.contains(prompt)) << prompt.toStdString();
    }
    // On paper there is room to write by hand.
    EXPECT_TRUE(html.contains(u"class=\"writein\""_s));
    EXPECT_FALSE(SafetyPlanDocument::html(fullPlan(), options()).contains(u"class=\"writein\""_s));
}

TEST(SafetyPlanDocumentTest, BlankRowsAreLeftOut)
{
    SafetyPlan plan = emptyPlan();
    plan.contacts = {{u" "_s, QString(), QString(), true}};
    plan.hotlines = {{}};
    plan.safePlaces = {{}};
    plan.essentials = {{u"  "_s, true}};
    plan.exitSteps = {u""_s, u" "_s};
    const SafetyPlan cleaned = SafetyPlanDocument::withoutBlankRows(plan);
    EXPECT_TRUE(cleaned.contacts.isEmpty());
    EXPECT_TRUE(cleaned.hotlines.isEmpty());
    EXPECT_TRUE(cleaned.safePlaces.isEmpty());
    EXPECT_TRUE(cleaned.essentials.isEmpty());
    EXPECT_TRUE(cleaned.exitSteps.isEmpty());
    EXPECT_TRUE(SafetyPlanDocument::isEmpty(plan, Section::Contacts));
    EXPECT_FALSE(SafetyPlanDocument::markdown(plan, options()).contains(u"- [x]"_s));
}

TEST(SafetyPlanDocumentTest, PrintedDateIsLeftOutWithoutOne)
{
    SafetyPlan plan = fullPlan();
    plan.updatedAt = {};
    const SafetyPlanDocument::Options noDate {QDateTime(), QLocale::c()};
    EXPECT_FALSE(SafetyPlanDocument::html(plan, noDate).contains(u"Printed on"_s));
    EXPECT_FALSE(SafetyPlanDocument::markdown(plan, noDate).contains(u"Printed on"_s));
    EXPECT_FALSE(SafetyPlanDocument::plainText(plan, noDate).contains(u"Last changed"_s));
}

TEST(SafetyPlanDocumentTest, CardHoldsTheEssentials)
{
    const SafetyPlan plan = fullPlan();
    const QString card = SafetyPlanDocument::cardHtml(plan, options());
    QString text;
    ASSERT_TRUE(xmlText(card, &text));
    for (const QString &expected : {u"999"_s, u"1-800-799-7233"_s, u"Ana"_s, u"07700 900123"_s, u"Joe"_s,
             u"07700 900456"_s, u"pineapple"_s, u"Ana's flat, 1 High Street"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    // People who know the plan come first; only two fit.
    EXPECT_FALSE(text.contains(u"Dr. Lee"_s));
    EXPECT_FALSE(text.contains(u"The library"_s));
    // The card may be seen by others: its words do not say what it is for.
    EXPECT_FALSE(text.contains(u"safety"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(u"violence"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(text.contains(SafetyPlanDocument::cardTitle()));
}

TEST(SafetyPlanDocumentTest, CardContactsPreferThoseWhoKnowThePlan)
{
    SafetyPlan plan = emptyPlan();
    plan.contacts = {{u"A"_s, u"1"_s, {}, false}, {u"B"_s, QString(), {}, true}, {u"C"_s, u"3"_s, {}, true},
        {u"D"_s, u"4"_s, {}, false}};
    const QList<TrustedContact> people = SafetyPlanDocument::cardContacts(plan);
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people[0].name, u"C"_s); // knows the plan; B has no number
    EXPECT_EQ(people[1].name, u"A"_s);
}

TEST(SafetyPlanDocumentTest, CardCutsLongValuesAndLeavesRoomWhenEmpty)
{
    SafetyPlan plan = fullPlan();
    plan.safePlaces.first().address = QString(200, u'x');
    QString text;
    ASSERT_TRUE(xmlText(SafetyPlanDocument::cardHtml(plan, options()), &text));
    EXPECT_FALSE(text.contains(QString(60, u'x')));
    EXPECT_TRUE(text.contains(u"…"_s));

    QString emptyText;
    ASSERT_TRUE(xmlText(SafetyPlanDocument::cardHtml(emptyPlan(), options()), &emptyText));
    EXPECT_TRUE(emptyText.contains(u"Emergency"_s));
    EXPECT_TRUE(emptyText.contains(u"____"_s));
}

TEST(SafetyPlanDocumentTest, RegionNamesAndNotes)
{
    for (const Region r : SafetyPlanDocument::kRegions)
        EXPECT_FALSE(SafetyPlanDocument::regionName(r).isEmpty());
    EXPECT_FALSE(SafetyPlanDocument::regionNote(Region::EuropeanUnion).isEmpty());
    EXPECT_TRUE(SafetyPlanDocument::regionNote(Region::UnitedStates).isEmpty());
}
