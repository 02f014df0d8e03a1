#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QMimeData;

namespace bearings::ui {

// Puts text the person chose to copy on the clipboard, marked as secret, and
// takes it off again. (Model: KeePassXC src/gui/Clipboard.cpp.)
//
// - The copy carries "x-kde-passwordManagerHint: secret", which tells clipboard
//   managers that honour it (Klipper, and others that follow KDE) not to keep
//   it in their history. On Windows it also carries the registered formats
//   ExcludeClipboardContentFromMonitorProcessing, CanIncludeInClipboardHistory = 0
//   and CanUploadToCloudClipboard = 0, which keep it out of clipboard monitors,
//   Win+V history and the cloud clipboard.
// - After clearAfterSeconds() the copy is removed, but only if the clipboard
//   still holds exactly that text: what the person copied since is theirs.
// - clearNow() (for lock and quick exit, and when the app quits) removes
//   Bearings content at once: the copied text, and anything else the app
//   itself owns on the clipboard or the X11 selection (text copied or selected
//   in Bearings' own editors). Another program's content is left alone.
//
// The copy goes to QClipboard::Clipboard only, never to the X11 primary
// selection, where any middle click would paste it; a selection that still
// holds the text is cleared with the clipboard.
class ClipboardGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    static constexpr int kDefaultClearAfterSeconds = 30;

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override; // clears our own content, like clearNow()

    // Copies text; an empty string copies nothing.
    void copy(const QString &text);
    void clearNow();

    // True while the clipboard or the selection holds Bearings content.
    bool ownsClipboard() const;

    // Applies from the next copy(). 0 or less: keep until clearNow().
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const;

    static QString secretHintFormat(); // "x-kde-passwordManagerHint"

private:
    static QMimeData *secretMimeData(const QString &text);
    void clearOurCopy();
    void forgetIfGone();

    QTimer m_timer;
    QString m_copied;
    int m_clearAfterSeconds = kDefaultClearAfterSeconds;
};

} // namespace bearings::ui
