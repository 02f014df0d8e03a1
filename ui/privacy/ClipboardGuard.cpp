#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

QClipboard *clipboard()
{
    // No clipboard without a GUI application (e.g. while it is being torn down).
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearOurCopy);
    if (QClipboard *board = clipboard()) {
        // Drop our memory of the text as soon as the person copies something
        // else, so it is not kept longer than needed.
        connect(board, &QClipboard::dataChanged, this, &ClipboardGuard::forgetIfGone);
        connect(board, &QClipboard::selectionChanged, this, &ClipboardGuard::forgetIfGone);
    }
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

QString ClipboardGuard::secretHintFormat()
{
    return u"x-kde-passwordManagerHint"_s;
}

QMimeData *ClipboardGuard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(secretHintFormat(), QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    // Qt maps application/x-qt-windows-mime;value="<name>" to the registered
    // clipboard format <name>. Microsoft: "Clipboard formats", cloud clipboard
    // and clipboard history formats. The first counts by its presence; the two
    // others take a DWORD, 0 meaning "no".
    const QByteArray dwordZero(4, '\0');
    mime->setData(u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s, dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s, dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s, dwordZero);
#endif
    // macOS would need a QUtiMimeConverter for org.nspasteboard.ConcealedType;
    // Bearings does not ship there.
    return mime;
}

void ClipboardGuard::copy(const QString &text)
{
    QClipboard *board = clipboard();
    if (text.isEmpty() || !board)
        return;
    // Remember first: setting the data emits dataChanged synchronously on some platforms.
    m_copied = text;
    board->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (m_clearAfterSeconds > 0)
        m_timer.start(m_clearAfterSeconds * 1000);
    else
        m_timer.stop();
}

void ClipboardGuard::clearOurCopy()
{
    m_timer.stop();
    if (QClipboard *board = clipboard(); board && !m_copied.isEmpty()) {
        if (board->text(QClipboard::Clipboard) == m_copied)
            board->clear(QClipboard::Clipboard);
        if (board->supportsSelection() && board->text(QClipboard::Selection) == m_copied)
            board->clear(QClipboard::Selection);
    }
    m_copied.clear();
}

void ClipboardGuard::clearNow()
{
    clearOurCopy();
    if (QClipboard *board = clipboard()) {
        if (board->ownsClipboard())
            board->clear(QClipboard::Clipboard);
        if (board->supportsSelection() && board->ownsSelection())
            board->clear(QClipboard::Selection);
    }
}

bool ClipboardGuard::ownsClipboard() const
{
    QClipboard *board = clipboard();
    if (!board)
        return false;
    if (board->ownsClipboard() || (board->supportsSelection() && board->ownsSelection()))
        return true;
    if (m_copied.isEmpty())
        return false;
    return board->text(QClipboard::Clipboard) == m_copied
        || (board->supportsSelection() && board->text(QClipboard::Selection) == m_copied);
}

void ClipboardGuard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = seconds;
}

int ClipboardGuard::clearAfterSeconds() const
{
    return m_clearAfterSeconds;
}

void ClipboardGuard::forgetIfGone()
{
    if (m_copied.isEmpty())
        return;
    QClipboard *board = clipboard();
    const bool stillThere = board
        && (board->text(QClipboard::Clipboard) == m_copied
            || (board->supportsSelection() && board->text(QClipboard::Selection) == m_copied));
    if (!stillThere) {
        m_timer.stop();
        m_copied.clear();
    }
}

} // namespace bearings::ui
