#pragma once

#include "HelpContent.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace bearings::ui {

// The offline help: a list of topics beside the text (HelpContent). Not
// modal, and nothing personal in it, so it can stay open while the person
// works, and it opens from the vault gate too. Links never leave the document.
class HelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(const HelpContent::Options &options, QWidget *parent = nullptr);

    // Rebuilds the text (after the settings change).
    void setOptions(const HelpContent::Options &options);
    // Scrolls to a topic by its anchor (HelpContent::Entry::anchor).
    void showTopic(const QString &anchor);
    QString text() const;

private:
    QListWidget *m_topics;
    QTextBrowser *m_text;
};

} // namespace bearings::ui
