#include "WelcomeText.h"

#include <QKeySequence>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString WelcomeText::title()
{
    return tr("Welcome to Bearings");
}

QString WelcomeText::intro()
{
    return tr("Bearings is a private place to take stock of a relationship that hurts you, to keep notes and to plan "
              "your next steps. Here is what to know before you begin.");
}

QList<WelcomeText::Section> WelcomeText::sections(const QKeySequence &quickExit, int autoLockMinutes)
{
    const QString lockKeys = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
    const QString exitKeys = quickExit.toString(QKeySequence::NativeText);
    QString locking = autoLockMinutes > 0
        ? (autoLockMinutes == 1 ? tr("Press %1 to lock Bearings whenever you step away. It also locks itself after a "
                                     "minute without use.")
                                      .arg(lockKeys)
                                : tr("Press %1 to lock Bearings whenever you step away. It also locks itself after "
                                     "%2 minutes without use.")
                                      .arg(lockKeys)
                                      .arg(autoLockMinutes))
        : tr("Press %1 to lock Bearings whenever you step away.").arg(lockKeys);
    const QString exit = exitKeys.isEmpty()
        ? tr("If someone comes near, press Shift three times: the window disappears at once and Bearings locks.")
        : tr("If someone comes near, press %1, or Shift three times: the window disappears at once and Bearings "
             "locks.")
              .arg(exitKeys);

    return {
        {u"stored"_s, tr("What Bearings keeps"),
            tr("Everything you write stays on this computer, in one file that is encrypted with a passphrase only you "
               "know. There is no account and no copy anywhere else. Without the passphrase, nobody can read it, and "
               "nobody can recover it for you."),
            false},
        {u"network"_s, tr("No internet, ever"),
            tr("Bearings never connects to the internet. It sends nothing, checks for nothing and shares nothing. "
               "Helpline numbers are listed, but Bearings never calls or opens anything by itself."),
            false},
        {u"lock"_s, tr("Locking and quick exit"), locking + u' ' + exit, false},
        {u"watched"_s, tr("If this computer may be watched"),
            tr("If the person who hurts you can use this computer, or may have put monitoring software on it, they "
               "could see what you type, even in Bearings. A device they cannot reach is safer: a computer at a "
               "library, or the phone or laptop of a friend you trust. If you look for help online, browser history "
               "and shared accounts, such as email, cloud storage or phone backups, can show it to others too."),
            true},
    };
}

} // namespace bearings::ui
