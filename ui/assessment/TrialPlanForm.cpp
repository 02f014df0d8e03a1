#include "TrialPlanForm.h"

#include "TrialPlanBenchmarkRow.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Accessibility.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

// Wide on purpose: the person may type any length and is told inline when it
// is outside kTrialMinWeeks..kTrialMaxWeeks, instead of being clamped.
constexpr int kTypeableWeeksMax = 99;
constexpr int kDialogWidth = 760;
constexpr int kDialogHeight = 900;

constexpr Strategy kStrategies[] = {Strategy::Repair, Strategy::Limit, Strategy::Cut};

WrapLabel *caption(const QString &text)
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

WrapLabel *messageLabel(const QString &objectName, const QString &role = u"fieldMessage"_s)
{
    auto *label = new WrapLabel;
    label->setObjectName(objectName);
    label->setProperty("bearingsRole", role);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void setMessage(WrapLabel *label, const QString &text, bool show)
{
    label->setText(text);
    label->setVisible(show && !text.isEmpty());
}

// A control with its inline message under it, for one row of a form.
QWidget *withMessage(QWidget *control, QWidget *message, bool stretchControl = false)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::XSmall);
    if (stretchControl)
        layout->addWidget(control);
    else
        layout->addWidget(control, 0, Qt::AlignLeft);
    if (message)
        layout->addWidget(message);
    return box;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Repair: return TrialPlanForm::tr("Repair: work on it together");
    case Strategy::Limit: return TrialPlanForm::tr("Limit: less contact, clearer boundaries");
    case Strategy::Cut: return TrialPlanForm::tr("Cut: step away");
    case Strategy::Undecided: break;
    }
    return {};
}

} // namespace

TrialPlanForm::TrialPlanForm(SessionContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_scroll(new QScrollArea)
    , m_strategy(new QComboBox)
    , m_strategyMessage(messageLabel(u"strategyMessage"_s))
    , m_startDate(new QDateEdit)
    , m_startNote(caption(tr("The path and start date stay as they were when the trial began.")))
    , m_length(new QSpinBox)
    , m_lengthMessage(messageLabel(u"lengthMessage"_s))
    , m_weekday(new QComboBox)
    , m_myBehaviour(new QLineEdit)
    , m_theirBehaviour(new QLineEdit)
    , m_benchmarkList(new QVBoxLayout)
    , m_addBenchmark(new QPushButton)
    , m_benchmarkNote(caption(tr("A plan can have up to %1 benchmarks. A few clear ones are easier to follow.")
                                  .arg(TrialPlanRepository::kMaxBenchmarks)))
    , m_formMessage(messageLabel(u"formMessage"_s, u"formMessage"_s))
    , m_endAndStart(new QPushButton)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    build();

    TrialPlan plan;
    plan.relationshipId = m_context.currentRelationshipId();
    plan.startDate = m_context.database().clock().today();
    const Result<Relationship> relationship
        = RelationshipRepository(m_context.database()).get(m_context.currentRelationshipId());
    plan.strategy = relationship.ok() ? relationship->strategy : Strategy::Undecided;
    for (BenchmarkKind kind : {BenchmarkKind::PositiveNegativeRatio, BenchmarkKind::SelfRated})
        plan.benchmarks.append(TrialPlanBenchmarkRow::defaults(kind));
    load(plan);
}

TrialPlanForm::TrialPlanForm(SessionContext &context, const TrialPlan &plan, QWidget *parent)
    : TrialPlanForm(context, parent)
{
    m_editing = plan;
    load(plan);
    setWindowTitle(tr("Edit the trial plan"));
    m_strategy->setEnabled(false);
    m_startDate->setEnabled(false);
    m_startNote->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save changes"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save changes"));
    updateTabOrder();
}

void TrialPlanForm::build()
{
    setObjectName(u"trialPlanForm"_s);
    setWindowTitle(tr("Start a trial plan"));
    setAccessibleName(tr("Trial plan"));
    setModal(true);

    // The path and the calendar.
    m_strategy->setObjectName(u"strategy"_s);
    m_strategy->setPlaceholderText(tr("Choose a path"));
    for (Strategy s : kStrategies)
        m_strategy->addItem(strategyName(s), QVariant::fromValue(int(s)));
    m_strategy->setAccessibleName(tr("The path you are trying"));

    m_startDate->setObjectName(u"startDate"_s);
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    setAccessibleNameWithEditor(m_startDate, tr("Start date"));
    m_startNote->setVisible(false);

    m_length->setObjectName(u"lengthWeeks"_s);
    m_length->setRange(0, kTypeableWeeksMax);
    m_length->setSuffix(tr(" weeks"));
    m_length->setKeyboardTracking(false);
    setAccessibleNameWithEditor(m_length, tr("Length in weeks"));

    m_weekday->setObjectName(u"checkInWeekday"_s);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().standaloneDayName(day), day);
    m_weekday->setAccessibleName(tr("Day of the weekly check-in"));

    auto *trialCard = new Card(tr("The trial"));
    auto *trialForm = new QFormLayout;
    trialForm->setSpacing(Spacing::Small);
    trialForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    trialForm->addRow(buddyLabel(tr("&Path"), m_strategy), withMessage(m_strategy, m_strategyMessage));
    trialForm->addRow(buddyLabel(tr("S&tarts on"), m_startDate), withMessage(m_startDate, m_startNote));
    trialForm->addRow(buddyLabel(tr("&Length"), m_length), withMessage(m_length, m_lengthMessage));
    trialForm->addRow(buddyLabel(tr("C&heck in every"), m_weekday), withMessage(m_weekday, nullptr));
    trialCard->body()->addLayout(trialForm);
    trialCard->body()->addWidget(caption(tr("A fair trial is usually 8 to 12 weeks: long enough to see a pattern "
                                            "rather than one good or bad day. Then you look back and decide.")));

    // One small change each.
    m_myBehaviour->setObjectName(u"myBehaviour"_s);
    m_myBehaviour->setMaxLength(TrialPlanRepository::kMaxTextLength);
    m_myBehaviour->setPlaceholderText(tr("For example: pause and come back in 30 minutes when things heat up"));
    m_myBehaviour->setAccessibleName(tr("What I will do differently"));
    m_theirBehaviour->setObjectName(u"theirBehaviour"_s);
    m_theirBehaviour->setMaxLength(TrialPlanRepository::kMaxTextLength);
    m_theirBehaviour->setPlaceholderText(tr("For example: keep one small promise a day"));
    m_theirBehaviour->setAccessibleName(tr("What I'm asking of them"));

    auto *changeCard = new Card(tr("One small change each"));
    changeCard->body()->addWidget(
        caption(tr("Pick something small and concrete that you would both notice. Small changes are easier to keep.")));
    auto *changeForm = new QFormLayout;
    changeForm->setSpacing(Spacing::Small);
    changeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    changeForm->addRow(buddyLabel(tr("What &I will do differently"), m_myBehaviour), m_myBehaviour);
    changeForm->addRow(buddyLabel(tr("What I'm &asking of them"), m_theirBehaviour), m_theirBehaviour);
    changeCard->body()->addLayout(changeForm);

    // Benchmarks.
    m_addBenchmark->setObjectName(u"addBenchmark"_s);
    m_addBenchmark->setText(tr("A&dd a benchmark"));
    m_addBenchmark->setAccessibleName(tr("Add a benchmark"));
    m_addBenchmark->setAutoDefault(false);
    m_benchmarkNote->setVisible(false);
    m_benchmarkList->setContentsMargins(0, 0, 0, 0);
    m_benchmarkList->setSpacing(Spacing::Small);

    auto *benchCard = new Card(tr("Benchmarks"));
    benchCard->body()->addWidget(caption(tr("Signs of change to look back on at the end. Bearings works out the "
                                            "first three from your journal and boundaries; you give your own "
                                            "rating at each weekly check-in.")));
    benchCard->body()->addLayout(m_benchmarkList);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addBenchmark);
    addRow->addStretch(1);
    benchCard->body()->addLayout(addRow);
    benchCard->body()->addWidget(m_benchmarkNote);

    auto *content = new QWidget;
    content->setObjectName(u"trialPlanContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    contentLayout->setSpacing(Spacing::Medium);
    contentLayout->addWidget(trialCard);
    contentLayout->addWidget(changeCard);
    contentLayout->addWidget(benchCard);
    contentLayout->addStretch(1);

    m_scroll->setObjectName(u"trialPlanScroll"_s);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The end of the form: what went wrong, and the way on after a Conflict.
    m_endAndStart->setObjectName(u"endAndStart"_s);
    m_endAndStart->setText(tr("End the current plan and start this one"));
    m_endAndStart->setAccessibleName(m_endAndStart->text());
    m_endAndStart->setAutoDefault(false);
    m_endAndStart->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the trial"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start the trial"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *footer = new QVBoxLayout;
    footer->setContentsMargins(Spacing::XLarge, 0, Spacing::XLarge, Spacing::Large);
    footer->setSpacing(Spacing::Small);
    footer->addWidget(m_formMessage);
    auto *conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_endAndStart);
    conflictRow->addStretch(1);
    footer->addLayout(conflictRow);
    footer->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(footer);

    int height = kDialogHeight;
    if (const QScreen *s = screen())
        height = qMin(height, s->availableGeometry().height() * 9 / 10);
    resize(kDialogWidth, height);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrialPlanForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TrialPlanForm::reject);
    connect(m_endAndStart, &QPushButton::clicked, this, &TrialPlanForm::endCurrentAndStart);
    connect(m_addBenchmark, &QPushButton::clicked, this, &TrialPlanForm::addBenchmark);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        m_strategyTouched = true;
        validate(false);
    });
    connect(m_length, &QSpinBox::valueChanged, this, [this] {
        m_lengthTouched = true;
        validate(false);
    });
}

void TrialPlanForm::load(const TrialPlan &plan)
{
    const QSignalBlocker blockStrategy(m_strategy);
    const QSignalBlocker blockLength(m_length);
    m_strategy->setCurrentIndex(m_strategy->findData(int(plan.strategy))); // -1 (choose) when undecided
    m_startDate->setDate(plan.startDate);
    m_length->setValue(plan.lengthWeeks);
    m_weekday->setCurrentIndex(m_weekday->findData(plan.checkInWeekday));
    m_myBehaviour->setText(plan.myBehaviour);
    m_theirBehaviour->setText(plan.theirBehaviour);

    for (TrialPlanBenchmarkRow *row : std::as_const(m_benchmarks))
        delete row;
    m_benchmarks.clear();
    for (const Benchmark &b : plan.benchmarks) {
        addBenchmark();
        m_benchmarks.last()->setBenchmark(b);
    }
    m_lengthTouched = false;
    m_strategyTouched = false;
    validate(false);
}

void TrialPlanForm::addBenchmark()
{
    if (m_benchmarks.size() >= TrialPlanRepository::kMaxBenchmarks)
        return;
    auto *row = new TrialPlanBenchmarkRow;
    // A new row starts with a kind not used yet, when there is one.
    for (BenchmarkKind kind : {BenchmarkKind::PositiveNegativeRatio, BenchmarkKind::BreachesPerWeek,
             BenchmarkKind::AfterMood, BenchmarkKind::SelfRated}) {
        const bool used = std::any_of(m_benchmarks.cbegin(), m_benchmarks.cend(),
            [kind](const TrialPlanBenchmarkRow *r) { return r->benchmark().kind == kind; });
        if (!used) {
            row->setBenchmark(TrialPlanBenchmarkRow::defaults(kind));
            break;
        }
    }
    m_benchmarkList->addWidget(row);
    row->show(); // at once, not when the layout next runs
    m_benchmarks.append(row);
    connect(row, &TrialPlanBenchmarkRow::removeRequested, this, &TrialPlanForm::removeBenchmark);
    renumberBenchmarks();
    if (isVisible() && sender() == m_addBenchmark)
        row->labelEdit()->setFocus(Qt::TabFocusReason);
}

void TrialPlanForm::removeBenchmark(TrialPlanBenchmarkRow *row)
{
    const qsizetype index = m_benchmarks.indexOf(row);
    if (index < 0)
        return;
    m_benchmarks.removeAt(index);
    // It is the sender of this call: detach now, delete later.
    row->hide();
    row->setParent(nullptr);
    row->deleteLater();
    renumberBenchmarks();
    // Keep the keyboard where the row was.
    if (m_benchmarks.isEmpty())
        m_addBenchmark->setFocus(Qt::TabFocusReason);
    else
        m_benchmarks.at(qMin(index, m_benchmarks.size() - 1))->removeButton()->setFocus(Qt::TabFocusReason);
}

void TrialPlanForm::renumberBenchmarks()
{
    for (qsizetype i = 0; i < m_benchmarks.size(); ++i)
        m_benchmarks.at(i)->setNumber(int(i + 1));
    const bool full = m_benchmarks.size() >= TrialPlanRepository::kMaxBenchmarks;
    m_addBenchmark->setEnabled(!full);
    m_benchmarkNote->setVisible(full);
    updateTabOrder();
}

void TrialPlanForm::updateTabOrder()
{
    QList<QWidget *> chain {m_strategy, m_startDate, m_length, m_weekday, m_myBehaviour, m_theirBehaviour};
    for (const TrialPlanBenchmarkRow *row : std::as_const(m_benchmarks))
        chain += row->focusChain();
    chain += {m_addBenchmark, m_endAndStart, m_buttons->button(QDialogButtonBox::Ok),
        m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

TrialPlan TrialPlanForm::collect() const
{
    TrialPlan plan = m_editing.value_or(TrialPlan {});
    if (!m_editing) {
        plan.relationshipId = m_context.currentRelationshipId();
        plan.strategy
            = m_strategy->currentIndex() >= 0 ? Strategy(m_strategy->currentData().toInt()) : Strategy::Undecided;
        plan.startDate = m_startDate->date();
    }
    plan.lengthWeeks = m_length->value();
    plan.checkInWeekday = m_weekday->currentData().toInt();
    plan.myBehaviour = m_myBehaviour->text().trimmed();
    plan.theirBehaviour = m_theirBehaviour->text().trimmed();
    plan.benchmarks.clear();
    for (const TrialPlanBenchmarkRow *row : m_benchmarks)
        plan.benchmarks.append(row->benchmark());
    return plan;
}

QWidget *TrialPlanForm::validate(bool showAll)
{
    QWidget *first = nullptr;
    const auto note = [&first](QWidget *field, bool bad) {
        if (bad && !first)
            first = field;
    };

    const bool noStrategy = !m_editing && m_strategy->currentIndex() < 0;
    setMessage(m_strategyMessage,
        noStrategy ? tr("Please choose which path this trial is for: repair, limit or cut.") : QString(),
        showAll || m_strategyTouched);
    note(m_strategy, noStrategy);

    const int weeks = m_length->value();
    const bool badLength = weeks < kTrialMinWeeks || weeks > kTrialMaxWeeks;
    setMessage(m_lengthMessage,
        badLength ? tr("A fair trial is between %1 and %2 weeks; %3 is typical.")
                        .arg(kTrialMinWeeks)
                        .arg(kTrialMaxWeeks)
                        .arg(kTrialDefaultWeeks)
                  : QString(),
        showAll || m_lengthTouched);
    m_length->setAccessibleDescription(m_lengthMessage->text());
    note(m_length, badLength);

    for (TrialPlanBenchmarkRow *row : std::as_const(m_benchmarks)) {
        if (QWidget *field = row->validate(showAll || row->touched()))
            note(field, true);
    }
    return first;
}

int TrialPlanForm::visibleProblemCount() const
{
    int count = 0;
    const QList<WrapLabel *> labels = findChildren<WrapLabel *>();
    for (const WrapLabel *label : labels) {
        if (label->property("bearingsRole").toString() == u"fieldMessage"_s && label->isVisibleTo(this))
            ++count;
    }
    return count;
}

void TrialPlanForm::showFormMessage(const QString &text)
{
    setMessage(m_formMessage, text, true);
}

void TrialPlanForm::showConflict(bool show)
{
    m_endAndStart->setVisible(show);
}

void TrialPlanForm::accept()
{
    showFormMessage({});
    showConflict(false);
    if (QWidget *first = validate(true)) {
        showFormMessage(tr("A few things need another look before the plan can be saved. Nothing has been saved yet."));
        m_scroll->ensureWidgetVisible(first);
        first->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(first))
            edit->selectAll();
        return;
    }
    TrialPlan plan = collect();
    // The repository's own check, in case a rule is not mirrored above.
    if (Status s = TrialPlanRepository::validate(plan); !s.ok()) {
        showFormMessage(s.error().message);
        return;
    }
    TrialPlanRepository repo(m_context.database());
    if (m_editing) {
        if (Status s = repo.update(plan); !s.ok()) {
            showFormMessage(s.error().message);
            return;
        }
        finish(plan);
        return;
    }
    const Result<qint64> created = repo.create(plan);
    if (!created.ok()) {
        if (created.error().code == ErrorCode::Conflict) {
            showFormMessage(tr("A trial is already running for this relationship. One trial at a time keeps the "
                               "picture clear. You can end the current one and start this one instead, or keep "
                               "the current one going."));
            showConflict(true);
            m_endAndStart->setFocus(Qt::OtherFocusReason);
        } else {
            showFormMessage(created.error().message);
        }
        return;
    }
    finish(plan);
}

void TrialPlanForm::endCurrentAndStart()
{
    if (m_editing || validate(true)) {
        accept();
        return;
    }
    TrialPlan plan = collect();
    Database &db = m_context.database();
    TrialPlanRepository repo(db);
    // One transaction: the running plan is only ended if the new one starts.
    const Status s = db.write([&]() -> Status {
        const Result<std::optional<TrialPlan>> active = repo.activePlan(plan.relationshipId);
        if (!active.ok())
            return active.error();
        if (active.value()) {
            if (Status e = repo.end(active.value()->id); !e.ok())
                return e;
        }
        const Result<qint64> created = repo.create(plan);
        if (!created.ok())
            return created.error();
        return {};
    });
    if (!s.ok()) {
        showFormMessage(tr("The new plan could not be started, so nothing has changed: your current plan keeps "
                           "running. %1")
                            .arg(s.error().message));
        return;
    }
    finish(plan);
}

void TrialPlanForm::finish(const TrialPlan &plan)
{
    m_saved = plan;
    Q_EMIT planSaved(plan.id);
    QDialog::accept();
}

} // namespace bearings::ui
