#include "HelpContent.h"

#include "WelcomeText.h"
#include "bearings/Version.h"
#include "mainwindow/Area.h"
#include "privacy/DiscreetMode.h"
#include "safetyplan/SafetyPlanDocument.h"
#include "safetyplan/SafetyPlanRepository.h"

#include <QKeySequence>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString &anchor, const QString &title)
{
    return u"<h2><a name=\"%1\"></a>%2</h2>\n"_s.arg(anchor, esc(title));
}

QString paragraph(const QString &text)
{
    return u"<p>%1</p>\n"_s.arg(esc(text));
}

// A few plain sentences on how to use each area.
QString areaHelp(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return HelpContent::tr("The overview shows how things have been going with the person you picked at the top "
                               "of the sidebar: your mood around contact, what happened week by week, the balance of "
                               "positive and hurtful moments, how well your boundaries hold and how a trial period is "
                               "going. Look at the trend over "
                               "several weeks rather than any single day.");
    case Area::Journal:
        return HelpContent::tr("After contact, write down when it happened, how it happened (in person, a call, a "
                               "message), how you felt before, during and after, and what happened. Tags help you "
                               "notice patterns, such as criticism, a broken promise or a real apology. A few weeks of "
                               "notes make it easier to see clearly before you decide anything. Entries can be "
                               "filtered, edited and deleted.");
    case Area::Boundaries:
        return HelpContent::tr("A boundary names a behaviour, your limit, and what you will do if it happens again. "
                               "Each time one is crossed, note what happened and whether you followed through. The "
                               "page shows how often you did and how long it has been since the last time.");
    case Area::CheckIns:
        return HelpContent::tr("Once a week, take a few minutes for what helped and what made things harder, and "
                               "rate the benchmarks you set. Every four weeks, a longer look back helps you decide "
                               "what to change. You can ask Bearings to remind you each week in Settings.");
    case Area::Assessment:
        return HelpContent::tr("A short set of questions helps you see whether repair, less contact or no contact "
                               "fits best, and explains which answers led there. If anything points to danger, your "
                               "safety comes first. Here you also choose your path, plan a fair trial and tick off "
                               "practical steps.");
    case Area::Messages:
        return HelpContent::tr("Start from a template, such as stating a boundary, stepping back or ending contact, "
                               "and make it your own. Bearings points out long explanations, wording that opens a "
                               "negotiation, words about the person rather than the behaviour, and blanks you have not "
                               "filled in yet. Nothing is ever sent from here: copy the text "
                               "when you are ready, and it is removed from the clipboard after a short while.");
    case Area::SafetyPlan:
        return HelpContent::tr("Write down people you trust and how to reach them, a code word, safe places, what "
                               "to take with you and what to do if things escalate. You can print it or keep a small "
                               "card with the most important numbers. Keep any printout somewhere only you know.");
    }
    return {};
}

} // namespace

QList<HelpContent::Entry> HelpContent::contents()
{
    QList<Entry> entries {
        {u"about"_s, tr("About Bearings")},
        {u"start"_s, tr("Before you begin")},
        {u"privacy"_s, tr("Your privacy")},
    };
    for (const Area area : kAllAreas)
        entries.append({u"area-"_s + AreaInfo::id(area), AreaInfo::title(area)});
    entries.append({u"shortcuts"_s, tr("Keyboard shortcuts")});
    entries.append({u"helplines"_s, tr("Helplines")});
    return entries;
}

QList<HelpContent::Shortcut> HelpContent::shortcuts(const QKeySequence &quickExit)
{
    QList<Shortcut> list;
    if (!quickExit.isEmpty())
        list.append({keys(quickExit), tr("Quick exit: hide Bearings at once and lock it")});
    list.append({tr("Shift three times"), tr("Quick exit, from any window of Bearings")});
    list.append({keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock now")});
    list.append({keys(QKeySequence(QKeySequence::HelpContents)), tr("Open this help")});
    list.append({keys(QKeySequence(Qt::CTRL | Qt::Key_Comma)), tr("Open the settings")});
    int index = 0;
    for (const Area area : kAllAreas) {
        list.append({keys(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index))),
            tr("Go to %1").arg(AreaInfo::title(area))});
        ++index;
    }
    list.append({keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Save the journal note you are writing")});
    list.append({keys(QKeySequence(QKeySequence::Delete)),
        tr("Delete the selected journal note, boundary crossing or message draft (you are asked first)")});
    list.append({keys(QKeySequence(Qt::Key_F2)), tr("Rename the selected message draft")});
    list.append({keys(QKeySequence(QKeySequence::Print)), tr("Print the safety plan")});
    list.append({tr("Tab, Shift+Tab"), tr("Move to the next or previous control")});
    list.append({tr("Alt + underlined letter"), tr("Jump to a field, button or tab")});
    list.append({keys(QKeySequence(Qt::CTRL | Qt::Key_Tab)), tr("Next tab in the settings")});
    list.append({keys(QKeySequence(Qt::Key_Escape)), tr("Close a dialog without saving")});
    return list;
}

QString HelpContent::html(const Options &options)
{
    QString out;
    out += u"<html><body>\n"_s;

    // About.
    out += heading(u"about"_s, tr("About Bearings"));
    out += paragraph(tr("Bearings %1").arg(QString::fromLatin1(kVersion)));
    out += paragraph(tr("Bearings is a private place to take stock of a relationship that hurts you, whether with a "
                        "partner, a family member, a friend, a colleague or a co-parent. It helps you see where you "
                        "stand, keep notes of contact, set boundaries, check in week by week, draft what you need to "
                        "say and keep a safety plan. It never tells you what to do: it shows what your own answers and "
                        "notes suggest, and it always puts your safety first."));
    out += paragraph(tr("This help is part of Bearings and works without the internet."));

    // Before you begin: the welcome's words.
    out += heading(u"start"_s, tr("Before you begin"));
    const auto sections = WelcomeText::sections(options.quickExit, options.autoLockMinutes);
    for (const WelcomeText::Section &section : sections)
        out += u"<h3>%1</h3>\n"_s.arg(esc(section.title)) + paragraph(section.body);

    // Privacy.
    out += heading(u"privacy"_s, tr("Your privacy"));
    out += u"<h3>%1</h3>\n"_s.arg(esc(tr("What is stored, and where")));
    out += paragraph(tr("Everything you write is kept in one encrypted file, your vault, with an encrypted backup of "
                        "the previous save beside it. A small settings file holds your choices, such as the "
                        "language and how Bearings locks, and never anything you write. Settings, on the Traces on "
                        "this computer tab, lists every file with its real place on this computer."));
    out += u"<h3>%1</h3>\n"_s.arg(esc(tr("Locking")));
    out += paragraph(tr("Locking closes your vault and forgets the passphrase; your passphrase is needed to open it "
                        "again. Press %1 or choose Lock in the sidebar. Bearings also locks itself after some time "
                        "without use, and can lock when its window is minimized; both are in Settings.")
                         .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_L))));
    out += u"<h3>%1</h3>\n"_s.arg(esc(tr("Quick exit")));
    out += paragraph(
        (options.quickExit.isEmpty()
                ? tr("Pressing Shift three times hides every window of Bearings at once, clears anything you copied "
                     "and locks.")
                : tr("Pressing %1, or Shift three times, hides every window of Bearings at once, clears anything you "
                     "copied and locks.")
                      .arg(keys(options.quickExit)))
        + u' '
        + tr("Bearings then quits, or stays hidden and locked, as you choose in Settings. The Quick exit button does "
             "the same."));
    out += u"<h3>%1</h3>\n"_s.arg(esc(tr("Discreet mode")));
    out += paragraph(tr("In discreet mode the window is called “%1” and has a plain notepad icon, in the task bar and "
                        "in a reminder. It does not hide that Bearings is installed.")
                         .arg(DiscreetMode::windowTitle(true)));
    out += u"<h3>%1</h3>\n"_s.arg(esc(tr("Copying text")));
    out += paragraph(tr("Text you copy in Bearings is marked as private for clipboard managers that respect it, and "
                        "removed from the clipboard after a short while, and when Bearings locks."));
    out += u"<h3>%1</h3>\n"_s.arg(esc(tr("Reminders")));
    out += paragraph(tr("A weekly reminder is off until you turn it on in Settings. It only says “%1”, never a name "
                        "or anything you wrote, and it appears only while Bearings is running.")
                         .arg(tr("Time for your weekly note")));

    // Each area.
    for (const Area area : kAllAreas) {
        out += heading(u"area-"_s + AreaInfo::id(area), AreaInfo::title(area));
        out += paragraph(AreaInfo::subtitle(area));
        out += paragraph(areaHelp(area));
    }

    // Keyboard shortcuts.
    out += heading(u"shortcuts"_s, tr("Keyboard shortcuts"));
    out += paragraph(tr("Everything in Bearings can be reached with the keyboard."));
    out += u"<table cellspacing=\"0\" cellpadding=\"5\">\n"_s;
    const auto list = shortcuts(options.quickExit);
    for (const Shortcut &shortcut : list)
        out += u"<tr><td style=\"padding-right: 16px; white-space: nowrap\"><b>%1</b></td><td>%2</td></tr>\n"_s.arg(
            esc(shortcut.keys), esc(shortcut.action));
    out += u"</table>\n"_s;

    // Helplines.
    out += heading(u"helplines"_s, tr("Helplines"));
    const QString number = SafetyPlanRepository::emergencyNumberFor(options.region);
    if (number.isEmpty()) {
        out += paragraph(tr("If you are in danger now, call your local emergency number. It is worth looking it up "
                            "while things are calm and writing it in your safety plan."));
    } else {
        out += u"<p>%1</p>\n"_s.arg(tr("If you are in danger now, call <b>%1</b> (emergency services, %2).")
                                        .arg(esc(number), esc(SafetyPlanDocument::regionName(options.region))));
    }
    const SafetyPlan defaults = SafetyPlanRepository::defaultPlan();
    for (const Hotline &hotline : defaults.hotlines) {
        QString line = u"<b>%1</b>: %2"_s.arg(esc(hotline.name), esc(hotline.phone));
        if (!hotline.tty.isEmpty())
            line += u" (%1)"_s.arg(esc(tr("TTY %1").arg(hotline.tty)));
        if (!hotline.notes.isEmpty())
            line += u"<br/>"_s + esc(hotline.notes);
        out += u"<p>%1</p>\n"_s.arg(line);
    }
    out += paragraph(tr("The region for the emergency number is in Settings, under General. Your safety plan keeps "
                        "the numbers that matter to you, including local helplines you add."));
    out += u"</body></html>\n"_s;
    return out;
}

} // namespace bearings::ui
