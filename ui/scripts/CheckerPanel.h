#pragma once

#include "scripts/CheckerFinding.h"

#include <QList>
#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;

namespace bearings::ui {

class WrapLabel;

// The message checker's findings: each names the rule and says why it matters
// in one calm sentence. Choosing one selects the words in the editor
// ("Show in message" or Enter moves there); "Dismiss" (or Delete) sets it
// aside for this draft.
class CheckerPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckerPanel)

public:
    explicit CheckerPanel(QWidget *parent = nullptr);

    // The findings to list, and how many the person has set aside.
    void setFindings(const QList<bearings::CheckerFinding> &findings, int dismissed);
    const QList<bearings::CheckerFinding> &findings() const { return m_findings; }
    std::optional<bearings::CheckerFinding> currentFinding() const;
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void dismissCurrent();

Q_SIGNALS:
    // moveFocus: the person asked to go to the text (Enter, double-click, button).
    void findingChosen(const bearings::CheckerFinding &finding, bool moveFocus);
    void dismissRequested(const bearings::CheckerFinding &finding);
    void restoreRequested();

private:
    void updateButtons();

    QList<bearings::CheckerFinding> m_findings;
    WrapLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_show;
    QPushButton *m_dismiss;
    QPushButton *m_restore;
};

} // namespace bearings::ui
