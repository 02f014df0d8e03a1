#include "CheckerPanel.h"

#include "ScriptText.h"
#include "TwoLineItemDelegate.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

CheckerPanel::CheckerPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new WrapLabel)
    , m_list(new QListWidget)
    , m_show(new QPushButton(tr("Show in message")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
    , m_restore(new QPushButton)
{
    setObjectName(u"checkerPanel"_s);
    m_summary->setObjectName(u"checkerSummary"_s);
    m_list->setObjectName(u"findings"_s);
    m_list->setAccessibleName(tr("Things the checker noticed"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(false);
    m_list->setItemDelegate(new TwoLineItemDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(120);
    m_show->setObjectName(u"showFinding"_s);
    m_show->setAccessibleName(tr("Show the selected finding in the message"));
    m_dismiss->setObjectName(u"dismissFinding"_s);
    m_dismiss->setAccessibleName(tr("Dismiss the selected finding"));
    m_restore->setObjectName(u"restoreFindings"_s);
    m_restore->setAccessibleName(tr("Bring back dismissed findings"));
    m_restore->setFlat(true);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(Spacing::Small);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_dismiss);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &CheckerPanel::dismissCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &CheckerPanel::dismissCurrent);
    connect(m_restore, &QPushButton::clicked, this, &CheckerPanel::restoreRequested);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const std::optional<CheckerFinding> f = currentFinding())
            Q_EMIT findingChosen(*f, true);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const std::optional<CheckerFinding> f = currentFinding())
            Q_EMIT findingChosen(*f, true);
    });
    // Moving through the list with the arrows shows each one in the text,
    // without leaving the list.
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        if (m_list->hasFocus()) {
            if (const std::optional<CheckerFinding> f = currentFinding())
                Q_EMIT findingChosen(*f, false);
        }
    });
    setFindings({}, 0);
}

void CheckerPanel::setFindings(const QList<CheckerFinding> &findings, int dismissed)
{
    const std::optional<CheckerFinding> current = currentFinding();
    const bool same = findings == m_findings;
    m_findings = findings;
    if (!same) {
        const QSignalBlocker block(m_list);
        m_list->clear();
        int currentRow = -1;
        for (const CheckerFinding &f : findings) {
            auto *item = new QListWidgetItem(ScriptText::findingTitle(f), m_list);
            item->setData(TwoLineItemDelegate::kDetailsRole, f.explanation);
            item->setToolTip(f.explanation);
            item->setData(Qt::AccessibleTextRole, ScriptText::findingAccessibleText(f));
            if (current && current->key() == f.key() && currentRow < 0)
                currentRow = m_list->count() - 1;
        }
        if (currentRow >= 0)
            m_list->setCurrentRow(currentRow);
    }

    if (findings.isEmpty())
        m_summary->setText(tr("Nothing to flag. Read it through once more in the preview."));
    else if (findings.size() == 1)
        m_summary->setText(tr("One thing you may want to look at."));
    else
        m_summary->setText(tr("%1 things you may want to look at.").arg(findings.size()));
    m_list->setVisible(!findings.isEmpty());
    m_restore->setVisible(dismissed > 0);
    m_restore->setText(dismissed == 1 ? tr("Bring back 1 dismissed") : tr("Bring back %1 dismissed").arg(dismissed));
    updateButtons();
}

std::optional<CheckerFinding> CheckerPanel::currentFinding() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_findings.size() || !m_list->currentItem() || !m_list->currentItem()->isSelected())
        return std::nullopt;
    return m_findings.at(row);
}

void CheckerPanel::dismissCurrent()
{
    const std::optional<CheckerFinding> f = currentFinding();
    if (!f)
        return;
    const int row = m_list->currentRow();
    Q_EMIT dismissRequested(*f);
    // Stay in the list, on the next finding, so several can be set aside in a row.
    if (m_list->count() > 0) {
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void CheckerPanel::updateButtons()
{
    const bool any = currentFinding().has_value();
    m_show->setVisible(!m_findings.isEmpty());
    m_dismiss->setVisible(!m_findings.isEmpty());
    m_show->setEnabled(any);
    m_dismiss->setEnabled(any);
}

} // namespace bearings::ui
