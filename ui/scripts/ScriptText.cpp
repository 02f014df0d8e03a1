#include "ScriptText.h"

#include "scripts/TemplateLibrary.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString ScriptText::excerpt(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxLength)
        return simple;
    return simple.left(maxLength - 1).trimmed() + u'…';
}

QString ScriptText::findingTitle(const CheckerFinding &finding)
{
    if (finding.explanation.contains(finding.matched))
        return finding.title;
    return tr("%1: “%2”").arg(finding.title, excerpt(finding.matched));
}

QString ScriptText::findingAccessibleText(const CheckerFinding &finding)
{
    return tr("%1, at “%2”. %3").arg(finding.title, excerpt(finding.matched), finding.explanation);
}

QString ScriptText::counts(int words, int characters)
{
    // Whole phrases rather than "%n": English has no .ts file for plural forms.
    const QString w = words == 1 ? tr("1 word") : tr("%1 words").arg(words);
    const QString c = characters == 1 ? tr("1 character") : tr("%1 characters").arg(characters);
    return tr("%1, %2", "word count, character count").arg(w, c);
}

QString ScriptText::draftDetails(const MessageScript &script, const QString &relationshipName)
{
    const QString when = QLocale().toString(script.updatedAt.date(), QLocale::ShortFormat);
    const QString kind = TemplateLibrary::kindLabel(script.kind);
    if (relationshipName.isEmpty())
        return tr("%1 · %2", "kind of message · date").arg(kind, when);
    return tr("%1 · %2 · %3", "kind of message · person · date").arg(kind, relationshipName, when);
}

} // namespace bearings::ui
