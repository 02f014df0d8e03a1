#include "TrialPlanBenchmarkRow.h"

#include "checkins/TrialPlanRepository.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

// The range TrialPlanRepository::validate accepts for "mood after contact".
constexpr int kMoodMin = -5;
constexpr int kMoodMax = 5;
// Wide on purpose: the person may type any number and is told inline when it
// is outside what the benchmark allows, instead of being silently clamped.
constexpr double kTypeableMin = -999.0;
constexpr double kTypeableMax = 999.0;

constexpr BenchmarkKind kKinds[] = {BenchmarkKind::PositiveNegativeRatio, BenchmarkKind::BreachesPerWeek,
    BenchmarkKind::AfterMood, BenchmarkKind::SelfRated};

WrapLabel *messageLabel(const QString &objectName)
{
    auto *label = new WrapLabel;
    label->setObjectName(objectName);
    label->setProperty("bearingsRole", u"fieldMessage"_s);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void showMessage(WrapLabel *label, const QString &text, bool show)
{
    label->setText(text);
    label->setVisible(show && !text.isEmpty());
}

} // namespace

TrialPlanBenchmarkRow::TrialPlanBenchmarkRow(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox)
    , m_label(new QLineEdit)
    , m_direction(new QComboBox)
    , m_target(new QDoubleSpinBox)
    , m_remove(new QPushButton)
    , m_labelMessage(messageLabel(u"benchmarkLabelMessage"_s))
    , m_targetMessage(messageLabel(u"benchmarkTargetMessage"_s))
{
    setObjectName(u"benchmarkRow"_s);

    m_kind->setObjectName(u"benchmarkKind"_s);
    for (BenchmarkKind k : kKinds)
        m_kind->addItem(kindName(k), QVariant::fromValue(int(k)));
    m_label->setObjectName(u"benchmarkLabel"_s);
    m_label->setMaxLength(TrialPlanRepository::kMaxLabelLength + 50);
    m_label->setPlaceholderText(tr("A short name"));
    m_direction->setObjectName(u"benchmarkDirection"_s);
    m_direction->addItem(tr("at least"), QVariant::fromValue(int(TargetDirection::AtLeast)));
    m_direction->addItem(tr("at most"), QVariant::fromValue(int(TargetDirection::AtMost)));
    m_target->setObjectName(u"benchmarkTarget"_s);
    m_target->setRange(kTypeableMin, kTypeableMax);
    m_target->setDecimals(1);
    m_target->setSingleStep(1.0);
    m_target->setKeyboardTracking(false);
    m_target->setMinimumWidth(m_target->fontMetrics().horizontalAdvance(u"-999.0"_s) + 40);
    m_remove->setObjectName(u"removeBenchmark"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setAutoDefault(false);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(Spacing::Small);
    grid->setVerticalSpacing(Spacing::XSmall);
    grid->addWidget(m_kind, 0, 0);
    grid->addWidget(m_label, 0, 1);
    grid->addWidget(m_direction, 0, 2);
    grid->addWidget(m_target, 0, 3);
    grid->addWidget(m_remove, 0, 4);
    grid->addWidget(m_labelMessage, 1, 0, 1, 5);
    grid->addWidget(m_targetMessage, 2, 0, 1, 5);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);

    setBenchmark(defaults(BenchmarkKind::PositiveNegativeRatio));
    setNumber(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        applyKindDefaults(m_lastKind);
        m_lastKind = kind();
        validate(m_touched);
        Q_EMIT edited();
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        validate(true);
    });
    connect(m_label, &QLineEdit::textEdited, this, [this] {
        // Clear a message as soon as the problem is fixed, without nagging
        // while the name is still being typed.
        if (m_labelMessage->isVisible())
            validate(true);
        Q_EMIT edited();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, &TrialPlanBenchmarkRow::edited);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this] {
        m_touched = true;
        validate(true);
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
}

QString TrialPlanBenchmarkRow::kindName(BenchmarkKind kind)
{
    switch (kind) {
    case BenchmarkKind::PositiveNegativeRatio: return tr("Good-to-hard ratio");
    case BenchmarkKind::BreachesPerWeek: return tr("Breaches a week");
    case BenchmarkKind::AfterMood: return tr("Mood after contact");
    case BenchmarkKind::SelfRated: return tr("My own rating");
    }
    return {};
}

QString TrialPlanBenchmarkRow::defaultLabel(BenchmarkKind kind)
{
    switch (kind) {
    case BenchmarkKind::PositiveNegativeRatio: return tr("Good moments outweigh hard ones");
    case BenchmarkKind::BreachesPerWeek: return tr("My boundaries are respected");
    case BenchmarkKind::AfterMood: return tr("How I feel after we talk");
    case BenchmarkKind::SelfRated: return tr("How things feel overall");
    }
    return {};
}

Benchmark TrialPlanBenchmarkRow::defaults(BenchmarkKind kind)
{
    Benchmark b;
    b.kind = kind;
    b.label = defaultLabel(kind);
    switch (kind) {
    case BenchmarkKind::PositiveNegativeRatio:
        b.target = 5;
        b.direction = TargetDirection::AtLeast;
        break;
    case BenchmarkKind::BreachesPerWeek:
        b.target = 1;
        b.direction = TargetDirection::AtMost;
        break;
    case BenchmarkKind::AfterMood:
        b.target = 0;
        b.direction = TargetDirection::AtLeast;
        break;
    case BenchmarkKind::SelfRated:
        b.target = 6;
        b.direction = TargetDirection::AtLeast;
        break;
    }
    return b;
}

void TrialPlanBenchmarkRow::setBenchmark(const Benchmark &benchmark)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockDirection(m_direction);
    const QSignalBlocker blockTarget(m_target);
    m_id = benchmark.id;
    m_kind->setCurrentIndex(m_kind->findData(int(benchmark.kind)));
    m_lastKind = benchmark.kind;
    m_label->setText(benchmark.label);
    m_direction->setCurrentIndex(m_direction->findData(int(benchmark.direction)));
    m_target->setValue(benchmark.target);
}

Benchmark TrialPlanBenchmarkRow::benchmark() const
{
    Benchmark b;
    b.id = m_id;
    b.kind = kind();
    b.label = m_label->text().trimmed();
    b.target = m_target->value();
    b.direction = TargetDirection(m_direction->currentData().toInt());
    return b;
}

BenchmarkKind TrialPlanBenchmarkRow::kind() const
{
    return BenchmarkKind(m_kind->currentData().toInt());
}

void TrialPlanBenchmarkRow::setNumber(int number)
{
    m_kind->setAccessibleName(tr("Benchmark %1: what it measures").arg(number));
    m_label->setAccessibleName(tr("Benchmark %1: name").arg(number));
    m_direction->setAccessibleName(tr("Benchmark %1: at least or at most").arg(number));
    m_target->setAccessibleName(tr("Benchmark %1: target").arg(number));
    if (auto *inner = m_target->findChild<QLineEdit *>())
        inner->setAccessibleName(m_target->accessibleName());
    m_remove->setAccessibleName(tr("Remove benchmark %1").arg(number));
}

void TrialPlanBenchmarkRow::applyKindDefaults(BenchmarkKind previous)
{
    const Benchmark d = defaults(kind());
    const QString label = m_label->text().trimmed();
    if (label.isEmpty() || label == defaultLabel(previous))
        m_label->setText(d.label);
    const QSignalBlocker blockTarget(m_target);
    m_target->setValue(d.target);
    m_direction->setCurrentIndex(m_direction->findData(int(d.direction)));
}

QWidget *TrialPlanBenchmarkRow::validate(bool show)
{
    const Benchmark b = benchmark();
    QString labelProblem;
    if (b.label.isEmpty())
        labelProblem = tr("Please give this benchmark a short name.");
    else if (b.label.size() > TrialPlanRepository::kMaxLabelLength)
        labelProblem = tr("Please keep the name under %1 characters.").arg(TrialPlanRepository::kMaxLabelLength);

    QString targetProblem;
    if (!std::isfinite(b.target)) {
        targetProblem = tr("Please enter a number as the target.");
    } else {
        switch (b.kind) {
        case BenchmarkKind::PositiveNegativeRatio:
            if (b.target < 0)
                targetProblem = tr("A ratio cannot be below zero. 5 good moments for each hard one is a common aim.");
            break;
        case BenchmarkKind::BreachesPerWeek:
            if (b.target < 0)
                targetProblem = tr("The number of breaches cannot be below zero.");
            break;
        case BenchmarkKind::AfterMood:
            if (b.target < kMoodMin || b.target > kMoodMax)
                targetProblem = tr("Mood after contact goes from %1 to %2.").arg(kMoodMin).arg(kMoodMax);
            break;
        case BenchmarkKind::SelfRated:
            if (b.target < kRatingMin || b.target > kRatingMax)
                targetProblem = tr("Your own rating goes from %1 to %2.").arg(kRatingMin).arg(kRatingMax);
            break;
        }
    }
    showMessage(m_labelMessage, labelProblem, show);
    showMessage(m_targetMessage, targetProblem, show);
    m_label->setAccessibleDescription(labelProblem);
    m_target->setAccessibleDescription(targetProblem);
    if (!labelProblem.isEmpty())
        return m_label;
    if (!targetProblem.isEmpty())
        return m_target;
    return nullptr;
}

QList<QWidget *> TrialPlanBenchmarkRow::focusChain() const
{
    return {m_kind, m_label, m_direction, m_target, m_remove};
}

} // namespace bearings::ui
