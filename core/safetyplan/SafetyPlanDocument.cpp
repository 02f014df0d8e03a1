#include "SafetyPlanDocument.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

// On the card every value gets one line; longer text is cut with an ellipsis
// so that the card stays a card.
constexpr qsizetype kCardValueLength = 40;
constexpr qsizetype kCardLabelLength = 14;
// Writing lines under an empty section of the printed plan.
constexpr int kWriteInLines = 3;

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Escaped for XHTML; line breaks kept.
QString h(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString elided(const QString &text, qsizetype length = kCardValueLength)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1).trimmed() + u'…';
    return line;
}

QString printedLine(const SafetyPlanDocument::Options &options)
{
    if (!options.printedAt.isValid())
        return {};
    return SafetyPlanDocument::tr("Printed on %1.")
        .arg(options.locale.toString(options.printedAt.toLocalTime().date(), QLocale::LongFormat));
}

QString updatedLine(const SafetyPlan &plan, const SafetyPlanDocument::Options &options)
{
    if (!plan.updatedAt.isValid())
        return {};
    return SafetyPlanDocument::tr("Last changed on %1.")
        .arg(options.locale.toString(plan.updatedAt.toLocalTime().date(), QLocale::LongFormat));
}

QString closingLine()
{
    return SafetyPlanDocument::tr(
        "Keep this plan somewhere only you can reach, and look at it again when things change.");
}

QString knowsPlanText(bool knows)
{
    return knows ? SafetyPlanDocument::tr("knows the plan") : QString();
}

QString ttyText(const QString &tty)
{
    return SafetyPlanDocument::tr("TTY %1").arg(tty.trimmed());
}

// Joins the parts that are not blank.
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!blank(p))
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

// ---- XHTML ---------------------------------------------------------------

constexpr QStringView kStyle
    = u"body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 10pt; color: #1d1d1d; }"
      "h1 { font-size: 19pt; font-weight: 600; color: #1f4e66; margin-top: 0; margin-bottom: 2px; }"
      "h2 { font-size: 12.5pt; font-weight: 600; color: #1f4e66; margin-top: 20px; margin-bottom: 6px; }"
      "p { margin-top: 0; margin-bottom: 4px; }"
      "p.meta { color: #5a5a5a; font-size: 9pt; margin-bottom: 6px; }"
      "p.prompt { color: #5a5a5a; font-style: italic; }"
      "p.writein { color: #9a9a9a; margin-top: 8px; margin-bottom: 0; }"
      "p.footer { color: #5a5a5a; font-size: 8.5pt; margin-top: 24px; }"
      "p.check { margin-bottom: 3px; }"
      "table.grid { border-collapse: collapse; border-color: #b9c6cd; margin-bottom: 8px; }"
      "table.grid th { background-color: #e9f0f3; text-align: left; font-weight: 600; border-color: #b9c6cd; }"
      "table.grid td { vertical-align: top; border-color: #b9c6cd; }"
      "table.emergency { background-color: #fbeeec; border-color: #b03f33; margin-bottom: 8px; }"
      "span.number { font-size: 18pt; font-weight: 700; color: #b03f33; }"
      "span.codeword { font-size: 13pt; font-weight: 700; }"
      "span.muted { color: #5a5a5a; }"
      "li { margin-bottom: 3px; }"
      "@page { margin: 16mm; }";

QString heading(SafetyPlanDocument::Section section)
{
    return u"<h2>%1</h2>\n"_s.arg(SafetyPlanDocument::sectionTitle(section).toHtmlEscaped());
}

QString emptyHtml(SafetyPlanDocument::Section section)
{
    QString out = u"<p class=\"prompt\">%1</p>\n"_s.arg(SafetyPlanDocument::emptyPrompt(section).toHtmlEscaped());
    // Room to write by hand on paper.
    for (int i = 0; i < kWriteInLines; ++i)
        out += u"<p class=\"writein\">_______________________________________________________________</p>\n"_s;
    return out;
}

QString gridTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QString out = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n<tr>"_s;
    for (const QString &header : headers)
        out += u"<th>%1</th>"_s.arg(header.toHtmlEscaped());
    out += u"</tr>\n"_s;
    for (const QStringList &row : rows) {
        out += u"<tr>"_s;
        for (const QString &cell : row)
            out += u"<td>%1</td>"_s.arg(cell);
        out += u"</tr>\n"_s;
    }
    out += u"</table>\n"_s;
    return out;
}

QString itemsHtml(const QStringList &items, bool numbered)
{
    const QString tag = numbered ? u"ol"_s : u"ul"_s;
    QString out = u"<%1>\n"_s.arg(tag);
    for (const QString &item : items)
        out += u"<li>%1</li>\n"_s.arg(h(item));
    out += u"</%1>\n"_s.arg(tag);
    return out;
}

QString sectionHtml(const SafetyPlan &plan, SafetyPlanDocument::Section section)
{
    using S = SafetyPlanDocument::Section;
    QString out = heading(section);
    if (SafetyPlanDocument::isEmpty(plan, section))
        return out + emptyHtml(section);

    switch (section) {
    case S::Emergency: {
        const QString note = SafetyPlanDocument::regionNote(plan.region);
        out += u"<table class=\"emergency\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\"><tr><td>"_s
            % SafetyPlanDocument::tr("In an emergency, call").toHtmlEscaped()
            % u" <span class=\"number\">%1</span><br/>"_s.arg(h(plan.emergencyNumber))
            % u"<span class=\"muted\">%1</span>"_s.arg(SafetyPlanDocument::tr("Emergency services: %1")
                                                           .arg(SafetyPlanDocument::regionName(plan.region))
                                                           .toHtmlEscaped());
        if (!note.isEmpty())
            out += u"<br/><span class=\"muted\">%1</span>"_s.arg(note.toHtmlEscaped());
        out += u"</td></tr></table>\n"_s;
        break;
    }
    case S::Hotlines: {
        QList<QStringList> rows;
        for (const Hotline &hl : plan.hotlines) {
            QString phone = u"<b>%1</b>"_s.arg(h(hl.phone));
            if (!blank(hl.tty))
                phone += u"<br/>"_s + ttyText(hl.tty).toHtmlEscaped();
            rows.append({u"<b>%1</b>"_s.arg(h(hl.name)), phone, h(hl.notes)});
        }
        out += gridTable({SafetyPlanDocument::tr("Helpline"), SafetyPlanDocument::tr("Number"),
                             SafetyPlanDocument::tr("Good to know")},
            rows);
        break;
    }
    case S::Contacts: {
        QList<QStringList> rows;
        for (const TrustedContact &c : plan.contacts)
            rows.append({u"<b>%1</b>"_s.arg(h(c.name)), u"<b>%1</b>"_s.arg(h(c.phone)), h(c.relationship),
                knowsPlanText(c.knowsPlan).toHtmlEscaped()});
        out += gridTable({SafetyPlanDocument::tr("Name"), SafetyPlanDocument::tr("Phone"),
                             SafetyPlanDocument::tr("Who they are"), SafetyPlanDocument::tr("The plan")},
            rows);
        break;
    }
    case S::CodeWord:
        out += u"<p><span class=\"codeword\">%1</span></p>\n"_s.arg(h(plan.codeWord));
        out += u"<p class=\"meta\">%1</p>\n"_s.arg(
            SafetyPlanDocument::tr("When you send or say this word, the people you trust know you need help.")
                .toHtmlEscaped());
        break;
    case S::SafePlaces: {
        QList<QStringList> rows;
        for (const SafePlace &p : plan.safePlaces)
            rows.append({u"<b>%1</b>"_s.arg(h(p.name)), h(p.address), h(p.howToGetThere)});
        out += gridTable({SafetyPlanDocument::tr("Place"), SafetyPlanDocument::tr("Address"),
                             SafetyPlanDocument::tr("How to get there")},
            rows);
        break;
    }
    case S::IfTheyShowUp: out += itemsHtml(plan.ifTheyShowUp, true); break;
    case S::ExitSteps: out += itemsHtml(plan.exitSteps, true); break;
    case S::Essentials:
        for (const ChecklistItem &item : plan.essentials)
            out += u"<p class=\"check\">%1&#160;&#160;%2</p>\n"_s.arg(
                item.done ? u"&#9745;"_s : u"&#9744;"_s, h(item.text));
        break;
    case S::Grounding: out += itemsHtml(plan.groundingTools, false); break;
    case S::Notes: {
        const QStringList paragraphs = plan.notes.trimmed().split(QRegularExpression(u"\\n\\s*\\n"_s));
        for (const QString &paragraph : paragraphs)
            out += u"<p>%1</p>\n"_s.arg(h(paragraph));
        break;
    }
    }
    return out;
}

QString xhtmlHead(const QString &title, const QString &style, const QLocale &locale)
{
    return u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n"
           "<meta charset=\"utf-8\"/>\n<title>%2</title>\n<style type=\"text/css\">%3</style>\n</head>\n"_s.arg(
               locale.bcp47Name().toHtmlEscaped(), title.toHtmlEscaped(), style);
}

// ---- Markdown and text ---------------------------------------------------

// Lines of one value, escaped, joined with hard line breaks and indented to
// stay inside a list item.
QString mdValue(const QString &text, const QString &indent = {})
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines)
        line = SafetyPlanDocument::escapeMarkdown(line.trimmed());
    return lines.join(u"  \n"_s + indent);
}

QString textValue(const QString &text, const QString &indent)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n' + indent);
}

QString underline(const QString &text, QChar mark)
{
    return text + u'\n' + QString(text.size(), mark) + u'\n';
}

// One section in Markdown (markdown = true) or plain text.
QString sectionLines(const SafetyPlan &plan, SafetyPlanDocument::Section section, bool markdown)
{
    using S = SafetyPlanDocument::Section;
    const QString title = SafetyPlanDocument::sectionTitle(section);
    QString out = markdown ? u"## %1\n\n"_s.arg(SafetyPlanDocument::escapeMarkdown(title))
                           : u"\n"_s + underline(title.toUpper(), u'-') + u'\n';
    const auto value = [markdown](const QString &text, const QString &indent) {
        return markdown ? mdValue(text, indent) : textValue(text, indent);
    };
    const auto strong = [markdown, &value](const QString &text) {
        return markdown ? u"**%1**"_s.arg(value(text, {})) : value(text, {});
    };
    if (SafetyPlanDocument::isEmpty(plan, section)) {
        const QString prompt = SafetyPlanDocument::emptyPrompt(section);
        out += (markdown ? u"_%1_"_s.arg(SafetyPlanDocument::escapeMarkdown(prompt)) : prompt) + u'\n';
        return out;
    }

    const QString bullet = markdown ? u"- "_s : u"* "_s;
    switch (section) {
    case S::Emergency: {
        out += SafetyPlanDocument::tr("In an emergency, call %1 (emergency services: %2).")
                   .arg(strong(plan.emergencyNumber),
                       markdown ? SafetyPlanDocument::escapeMarkdown(SafetyPlanDocument::regionName(plan.region))
                                : SafetyPlanDocument::regionName(plan.region))
            + u'\n';
        const QString note = SafetyPlanDocument::regionNote(plan.region);
        if (!note.isEmpty())
            out += u'\n' + (markdown ? SafetyPlanDocument::escapeMarkdown(note) : note) + u'\n';
        break;
    }
    case S::Hotlines:
        for (const Hotline &hl : plan.hotlines) {
            QString line = bullet + joined({strong(hl.name), strong(hl.phone)}, u": "_s);
            if (!blank(hl.tty))
                line
                    += u" (%1)"_s.arg(markdown ? SafetyPlanDocument::escapeMarkdown(ttyText(hl.tty)) : ttyText(hl.tty));
            if (!blank(hl.notes))
                line += (markdown ? u"  \n  "_s : u"\n  "_s) + value(hl.notes, u"  "_s);
            out += line + u'\n';
        }
        break;
    case S::Contacts:
        for (const TrustedContact &c : plan.contacts) {
            QString line = bullet + joined({strong(c.name), value(c.relationship, {})}, u", "_s);
            if (!blank(c.phone))
                line += (blank(c.name) && blank(c.relationship) ? QString() : u": "_s) + strong(c.phone);
            if (c.knowsPlan)
                line += u" (%1)"_s.arg(knowsPlanText(true));
            out += line + u'\n';
        }
        break;
    case S::CodeWord:
        out += strong(plan.codeWord) + u"\n\n"_s
            + SafetyPlanDocument::tr("When you send or say this word, the people you trust know you need help.")
            + u'\n';
        break;
    case S::SafePlaces:
        for (const SafePlace &p : plan.safePlaces) {
            QString line = bullet + joined({strong(p.name), value(p.address, u"  "_s)}, u", "_s);
            if (!blank(p.howToGetThere))
                line += (markdown ? u"  \n  "_s : u"\n  "_s)
                    + SafetyPlanDocument::tr("How to get there: %1").arg(value(p.howToGetThere, u"  "_s));
            out += line + u'\n';
        }
        break;
    case S::IfTheyShowUp:
    case S::ExitSteps: {
        const QStringList &steps = section == S::IfTheyShowUp ? plan.ifTheyShowUp : plan.exitSteps;
        for (qsizetype i = 0; i < steps.size(); ++i)
            out += u"%1. %2\n"_s.arg(i + 1).arg(value(steps.at(i), u"   "_s));
        break;
    }
    case S::Essentials:
        for (const ChecklistItem &item : plan.essentials)
            out += (markdown ? u"- [%1] "_s : u"[%1] "_s).arg(QChar(item.done ? u'x' : u' '))
                + value(item.text, u"    "_s) + u'\n';
        break;
    case S::Grounding:
        for (const QString &tool : plan.groundingTools)
            out += bullet + value(tool, u"  "_s) + u'\n';
        break;
    case S::Notes: {
        QStringList paragraphs = plan.notes.trimmed().split(QRegularExpression(u"\\n\\s*\\n"_s));
        for (QString &paragraph : paragraphs)
            paragraph = value(paragraph, {});
        out += paragraphs.join(u"\n\n"_s) + u'\n';
        break;
    }
    }
    return out;
}

} // namespace

QString SafetyPlanDocument::title()
{
    return tr("My safety plan");
}

QString SafetyPlanDocument::cardTitle()
{
    return tr("Important numbers");
}

QString SafetyPlanDocument::sectionTitle(Section section)
{
    switch (section) {
    case Section::Emergency: return tr("Emergency number");
    case Section::Hotlines: return tr("Helplines");
    case Section::Contacts: return tr("Trusted people");
    case Section::CodeWord: return tr("Code word");
    case Section::SafePlaces: return tr("Safe places");
    case Section::IfTheyShowUp: return tr("If the person shows up");
    case Section::ExitSteps: return tr("Leaving safely");
    case Section::Essentials: return tr("Documents and essentials");
    case Section::Grounding: return tr("For hard moments");
    case Section::Notes: return tr("Notes");
    }
    return {};
}

QString SafetyPlanDocument::emptyPrompt(Section section)
{
    switch (section) {
    case Section::Emergency: return tr("Add the emergency number where you live.");
    case Section::Hotlines: return tr("Add a helpline you could call or text, at any hour.");
    case Section::Contacts:
        return tr("Add one or two people you could call. Their numbers will be here when you need them.");
    case Section::CodeWord:
        return tr("Choose a word with the people you trust. If you send it, they know you need help.");
    case Section::SafePlaces:
        return tr("Where could you go for a while? A friend's home, family, or a public place that stays open late.");
    case Section::IfTheyShowUp:
        return tr("What would you do if the person showed up or things got heated? A few short steps are enough.");
    case Section::ExitSteps: return tr("If leaving is your plan, write the steps down here, one at a time.");
    case Section::Essentials:
        return tr("List what you would want to have with you: documents, money, medication, keys.");
    case Section::Grounding: return tr("What helps you steady yourself? A way of breathing, a walk, a song.");
    case Section::Notes: return tr("Anything else you want to keep with your plan.");
    }
    return {};
}

bool SafetyPlanDocument::isEmpty(const SafetyPlan &plan, Section section)
{
    const SafetyPlan p = withoutBlankRows(plan);
    switch (section) {
    case Section::Emergency: return blank(p.emergencyNumber);
    case Section::Hotlines: return p.hotlines.isEmpty();
    case Section::Contacts: return p.contacts.isEmpty();
    case Section::CodeWord: return blank(p.codeWord);
    case Section::SafePlaces: return p.safePlaces.isEmpty();
    case Section::IfTheyShowUp: return p.ifTheyShowUp.isEmpty();
    case Section::ExitSteps: return p.exitSteps.isEmpty();
    case Section::Essentials: return p.essentials.isEmpty();
    case Section::Grounding: return p.groundingTools.isEmpty();
    case Section::Notes: return blank(p.notes);
    }
    return true;
}

QString SafetyPlanDocument::regionName(Region region)
{
    switch (region) {
    case Region::UnitedStates: return tr("United States");
    case Region::Canada: return tr("Canada");
    case Region::EuropeanUnion: return tr("European Union");
    case Region::UnitedKingdom: return tr("United Kingdom");
    case Region::Australia: return tr("Australia");
    case Region::Other: return tr("Somewhere else");
    }
    return {};
}

QString SafetyPlanDocument::regionNote(Region region)
{
    switch (region) {
    case Region::EuropeanUnion: return tr("112 works in every country of the European Union.");
    case Region::UnitedKingdom: return tr("112 works too.");
    case Region::UnitedStates:
    case Region::Canada:
    case Region::Australia:
    case Region::Other: return {};
    }
    return {};
}

SafetyPlan SafetyPlanDocument::withoutBlankRows(const SafetyPlan &plan)
{
    SafetyPlan p = plan;
    p.contacts.removeIf(
        [](const TrustedContact &c) { return blank(c.name) && blank(c.phone) && blank(c.relationship); });
    p.hotlines.removeIf(
        [](const Hotline &hl) { return blank(hl.name) && blank(hl.phone) && blank(hl.tty) && blank(hl.notes); });
    p.safePlaces.removeIf(
        [](const SafePlace &s) { return blank(s.name) && blank(s.address) && blank(s.howToGetThere); });
    p.essentials.removeIf([](const ChecklistItem &i) { return blank(i.text); });
    for (QStringList *list : {&p.ifTheyShowUp, &p.exitSteps, &p.groundingTools})
        list->removeIf(blank);
    return p;
}

QString SafetyPlanDocument::escapeMarkdown(const QString &text)
{
    // CommonMark lets any ASCII punctuation be escaped; these are the ones
    // that start formatting anywhere in a line.
    static const QString inlineSpecials = u"\\`*_[]<>|~&#"_s;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (inlineSpecials.contains(c))
            out += u'\\';
        out += c;
    }
    // At the start of a line, these make a list, a heading or a rule.
    static const QRegularExpression listStart(u"^(\\s*)([-+=]|\\d+[.)])"_s);
    const QRegularExpressionMatch m = listStart.match(out);
    if (m.hasMatch()) {
        const QString marker = m.captured(2);
        const QString escaped
            = marker.front().isDigit() ? QString(marker.chopped(1) + u'\\' + marker.back()) : QString(u'\\' + marker);
        out.replace(m.capturedStart(2), marker.size(), escaped);
    }
    return out;
}

QList<TrustedContact> SafetyPlanDocument::cardContacts(const SafetyPlan &plan)
{
    QList<TrustedContact> people = withoutBlankRows(plan).contacts;
    people.removeIf([](const TrustedContact &c) { return blank(c.phone); });
    std::stable_partition(people.begin(), people.end(), [](const TrustedContact &c) { return c.knowsPlan; });
    return people.mid(0, 2);
}

QString SafetyPlanDocument::html(const SafetyPlan &source, const Options &options)
{
    const SafetyPlan plan = withoutBlankRows(source);
    QString out = xhtmlHead(title(), kStyle.toString(), options.locale);
    out += u"<body>\n<h1>%1</h1>\n"_s.arg(title().toHtmlEscaped());
    const QString meta = joined({printedLine(options), updatedLine(plan, options)}, u" "_s);
    if (!meta.isEmpty())
        out += u"<p class=\"meta\">%1</p>\n"_s.arg(meta.toHtmlEscaped());
    for (const Section section : kSections)
        out += sectionHtml(plan, section);
    out += u"<p class=\"footer\">%1</p>\n</body>\n</html>\n"_s.arg(closingLine().toHtmlEscaped());
    return out;
}

QString SafetyPlanDocument::markdown(const SafetyPlan &source, const Options &options)
{
    const SafetyPlan plan = withoutBlankRows(source);
    QString out = u"# %1\n\n"_s.arg(escapeMarkdown(title()));
    const QString meta = joined({printedLine(options), updatedLine(plan, options)}, u" "_s);
    if (!meta.isEmpty())
        out += u"_%1_\n\n"_s.arg(escapeMarkdown(meta));
    for (const Section section : kSections)
        out += sectionLines(plan, section, true) + u'\n';
    out += u"---\n\n_%1_\n"_s.arg(escapeMarkdown(closingLine()));
    return out;
}

QString SafetyPlanDocument::plainText(const SafetyPlan &source, const Options &options)
{
    const SafetyPlan plan = withoutBlankRows(source);
    QString out = underline(title().toUpper(), u'=');
    const QString meta = joined({printedLine(options), updatedLine(plan, options)}, u" "_s);
    if (!meta.isEmpty())
        out += meta + u'\n';
    for (const Section section : kSections)
        out += sectionLines(plan, section, false);
    out += u"\n"_s + closingLine() + u'\n';
    return out;
}

QString SafetyPlanDocument::cardHtml(const SafetyPlan &source, const Options &options)
{
    const SafetyPlan plan = withoutBlankRows(source);
    // Sizes suit a card of 85.6 x 54 mm printed at its real size.
    const QString style = u"body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 9pt; "
                          "color: #1d1d1d; }"
                          "p.title { font-size: 10pt; font-weight: 700; color: #1f4e66; margin-top: 0; "
                          "margin-bottom: 4px; }"
                          "td { vertical-align: middle; }"
                          "td.label { color: #5a5a5a; }"
                          "td.value { font-weight: 600; }"
                          "span.number { font-size: 14pt; font-weight: 700; color: #b03f33; }"
                          "@page { size: 85.6mm 54mm; margin: 3mm; }"_s;
    QString out = xhtmlHead(cardTitle(), style, options.locale);
    out += u"<body>\n<p class=\"title\">%1</p>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n"_s.arg(
        cardTitle().toHtmlEscaped());
    const auto row = [&out](const QString &label, const QString &valueHtml) {
        out += u"<tr><td class=\"label\" width=\"28%\">%1</td><td class=\"value\">%2</td></tr>\n"_s.arg(
            label.toHtmlEscaped(), valueHtml);
    };
    const auto line = [](const QString &text) { return elided(text).toHtmlEscaped(); };
    const QString writeIn = u"____________________"_s;

    row(tr("Emergency"),
        blank(plan.emergencyNumber) ? writeIn : u"<span class=\"number\">%1</span>"_s.arg(line(plan.emergencyNumber)));
    const auto hotline = std::find_if(
        plan.hotlines.cbegin(), plan.hotlines.cend(), [](const Hotline &hl) { return !blank(hl.phone); });
    row(tr("Helpline"), hotline == plan.hotlines.cend() ? writeIn : line(hotline->phone));
    const QList<TrustedContact> people = cardContacts(plan);
    for (int i = 0; i < 2; ++i) {
        if (i < people.size()) {
            const TrustedContact &c = people.at(i);
            row(blank(c.name) ? tr("Call") : elided(c.name, kCardLabelLength), line(c.phone));
        } else {
            row(tr("Call"), writeIn);
        }
    }
    row(tr("Code word"), blank(plan.codeWord) ? writeIn : line(plan.codeWord));
    if (plan.safePlaces.isEmpty()) {
        row(tr("Safe place"), writeIn);
    } else {
        const SafePlace &p = plan.safePlaces.first();
        row(tr("Safe place"), line(joined({p.name, p.address}, u", "_s)));
    }
    out += u"</table>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace bearings
