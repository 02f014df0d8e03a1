#pragma once

#include <QWidget>

class QTextBrowser;

namespace bearings::ui {

// The "Traces on this computer" tab of the settings dialog: every file Bearings
// leaves behind, found at its real place at run time, with what it holds and
// whether it is encrypted; then what Bearings cannot hide. Display only: the
// text can be selected and copied, nothing opens a browser or the network.
class TracesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracesPage)

public:
    // The folder that holds the single-instance lock and the wake marker
    // (SingleInstance::defaultDirectory() in the app).
    TracesPage(
        const QString &vaultPath, const QString &settingsPath, const QString &lockDirectory, QWidget *parent = nullptr);

    // Builds the text again (whether each file exists now).
    void refresh();
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_vaultPath;
    QString m_settingsPath;
    QString m_lockDirectory;
    QTextBrowser *m_text;
};

} // namespace bearings::ui
