#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace bearings {

// Typed access to the user's preferences, stored as an INI file. Holds no
// relationship content: everything personal lives in the encrypted vault.
// Constructed with an explicit path so tests can keep it in a temp folder.
class Settings final {
public:
    explicit Settings(const QString &filePath);
    Q_DISABLE_COPY_MOVE(Settings)

    // The default file, in the platform's per-user config folder.
    static QString defaultFilePath();

    QString filePath() const { return m_settings.fileName(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastArea() const;
    void setLastArea(const QString &areaId);

    // Privacy (docs/ARCHITECTURE.md, "Privacy").
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kDefaultClipboardClearSeconds = 30;
    int autoLockMinutes() const; // 0 = never; clamped to 0..240
    void setAutoLockMinutes(int minutes);
    bool lockOnMinimize() const;
    void setLockOnMinimize(bool lock);
    // After a quick exit: quit (default), or stay running, hidden and locked.
    bool quickExitQuits() const;
    void setQuickExitQuits(bool quits);
    QString quickExitShortcut() const; // portable QKeySequence text; empty = the default
    void setQuickExitShortcut(const QString &sequence);
    bool discreetMode() const;
    void setDiscreetMode(bool discreet);
    int clipboardClearSeconds() const; // clamped to 5..600
    void setClipboardClearSeconds(int seconds);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace bearings
