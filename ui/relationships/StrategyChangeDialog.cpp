#include "StrategyChangeDialog.h"

#include "RelationshipText.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr std::array kStrategies {Strategy::Repair, Strategy::Limit, Strategy::Cut, Strategy::Undecided};
constexpr int kReasonLines = 4;
constexpr int kDescriptionIndent = 24;
constexpr int kWidth = 520;

} // namespace

StrategyChangeDialog::StrategyChangeDialog(Strategy current, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
    , m_reason(new QPlainTextEdit)
    , m_save(nullptr)
{
    setObjectName(u"strategyChangeDialog"_s);
    setWindowTitle(tr("Change the path"));
    setAccessibleName(tr("Change the path with %1").arg(name));
    resize(kWidth, sizeHint().height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Small);

    auto *heading = new WrapLabel(tr("Which path feels right with %1 now?").arg(name));
    heading->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    layout->addWidget(heading);
    auto *hint = new WrapLabel(tr("You can change this again at any time. Bearings keeps a record of each change."));
    hint->setProperty("bearingsRole", u"caption"_s);
    layout->addWidget(hint);
    layout->addSpacing(Spacing::Small);

    for (const Strategy strategy : kStrategies) {
        auto *radio = new QRadioButton(RelationshipText::strategyLabel(strategy));
        radio->setObjectName(u"strategy_"_s + enumKey(kStrategyKeys, strategy));
        radio->setAccessibleName(RelationshipText::strategyLabel(strategy));
        radio->setAccessibleDescription(RelationshipText::strategyDescription(strategy));
        m_group->addButton(radio, static_cast<int>(strategy));
        layout->addWidget(radio);

        auto *description = new WrapLabel(RelationshipText::strategyDescription(strategy));
        description->setProperty("bearingsRole", u"caption"_s);
        description->setContentsMargins(kDescriptionIndent, 0, 0, Spacing::Small);
        layout->addWidget(description);
    }
    setStrategy(current);

    auto *reasonLabel = new QLabel(tr("&Why now? (only you will see this)"));
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(u"strategyReason"_s);
    m_reason->setAccessibleName(tr("Why now?"));
    m_reason->setAccessibleDescription(tr("Optional. Only you will see this."));
    m_reason->setPlaceholderText(tr("Optional, but it can help to read later."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * kReasonLines + Spacing::Medium);
    layout->addSpacing(Spacing::Small);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"strategyButtons"_s);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"strategySave"_s);
    m_save->setAccessibleName(tr("Save the path"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"strategyCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    layout->addSpacing(Spacing::Small);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &StrategyChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StrategyChangeDialog::reject);
}

Strategy StrategyChangeDialog::strategy() const
{
    const int id = m_group->checkedId();
    return id < 0 ? Strategy::Undecided : static_cast<Strategy>(id);
}

void StrategyChangeDialog::setStrategy(Strategy strategy)
{
    if (QAbstractButton *button = m_group->button(static_cast<int>(strategy)))
        button->setChecked(true);
}

QString StrategyChangeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void StrategyChangeDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

} // namespace bearings::ui
