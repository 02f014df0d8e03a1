#include "CheckInsPage.h"

#include "CheckInText.h"
#include "analytics/TrialProgress.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Accessibility.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

enum Column { Week, Filed, Overall, Helped, Hindered, ColumnCount };

// A spin box from 0 to 10 with "Not rated" below 0.
QSpinBox *ratingBox(const QString &key, const QString &accessibleName)
{
    auto *box = new QSpinBox;
    box->setObjectName(key);
    box->setRange(kRatingMin - 1, kRatingMax);
    box->setSpecialValueText(QCoreApplication::translate("bearings::ui::CheckInsPage", "Not rated"));
    box->setValue(kRatingMin - 1);
    setAccessibleNameWithEditor(box, accessibleName);
    return box;
}

QPlainTextEdit *answerBox(const QString &key, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(key);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    edit->setMaximumHeight(120);
    return edit;
}

std::optional<int> ratingOf(const QSpinBox *box)
{
    if (box->value() < kRatingMin)
        return std::nullopt;
    return box->value();
}

} // namespace

CheckInsPage::CheckInsPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(u"checkins"_s, tr("Check-ins belong to a trial plan"),
          tr("A check-in is a short weekly look back at one trial plan: what helped, what made it harder, and how "
             "your signs of progress are doing. Once you have started a trial plan in the assessment, your "
             "check-ins appear here.")))
    , m_notice(new NoticeBar)
    , m_status(new WrapLabel)
    , m_open(new WrapLabel)
    , m_week(new QComboBox)
    , m_helped(answerBox(u"helped"_s, tr("What helped this week?")))
    , m_hindered(answerBox(u"hindered"_s, tr("What made it harder?")))
    , m_benchmarkBox(new QWidget)
    , m_benchmarkLayout(new QFormLayout(m_benchmarkBox))
    , m_overall(ratingBox(u"overall"_s, tr("Overall rating of the week, from 0 to 10, optional")))
    , m_formMessage(new WrapLabel)
    , m_save(new QPushButton)
    , m_reviewCard(new Card(tr("Monthly review")))
    , m_reviewStatus(new WrapLabel)
    , m_reviewForm(new QWidget)
    , m_month(new QComboBox)
    , m_patterns(answerBox(u"patterns"_s, tr("What patterns do you notice?")))
    , m_progress(answerBox(u"progress"_s, tr("What progress do you see?")))
    , m_planChanges(answerBox(u"planChanges"_s, tr("What would you change in the plan?")))
    , m_reviewMessage(new WrapLabel)
    , m_saveReview(new QPushButton)
    , m_table(new QTableWidget)
{
    setObjectName(u"checkInsPage"_s);
    setAccessibleName(tr("Check-ins"));

    auto *header = new PageHeader(tr("Check-ins"),
        tr("A few minutes once a week: what helped, what made it harder. Over the trial, the weeks tell the story."));

    m_notice->setObjectName(u"checkInsNotice"_s);
    m_empty->setObjectName(u"checkInsEmpty"_s);
    QPushButton *toAssessment = m_empty->setAction(tr("Go to the assessment"));
    toAssessment->setObjectName(u"goToAssessment"_s);
    connect(toAssessment, &QPushButton::clicked, this, [this] { m_context.navigate(Area::Assessment); });

    // Where the trial stands.
    m_status->setObjectName(u"trialStatus"_s);
    m_open->setObjectName(u"openWeeks"_s);
    auto *statusCard = new Card(tr("Your trial"));
    statusCard->setObjectName(u"statusCard"_s);
    statusCard->body()->addWidget(m_status);
    statusCard->body()->addWidget(m_open);

    // The weekly check-in.
    m_week->setObjectName(u"week"_s);
    m_week->setAccessibleName(tr("Week of the check-in"));
    m_benchmarkBox->setObjectName(u"benchmarkRatings"_s);
    m_benchmarkLayout->setContentsMargins(0, 0, 0, 0);
    m_formMessage->setObjectName(u"checkInMessage"_s);
    m_formMessage->setVisible(false);
    m_save->setObjectName(u"saveCheckIn"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Week"), m_week);
    form->addRow(tr("What &helped this week?"), m_helped);
    form->addRow(tr("What made it &harder?"), m_hindered);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *checkInCard = new Card(tr("Weekly check-in"));
    checkInCard->setObjectName(u"checkInCard"_s);
    checkInCard->body()->addLayout(form);
    checkInCard->body()->addWidget(m_benchmarkBox);
    auto *overallForm = new QFormLayout;
    overallForm->addRow(tr("&Overall, this week (optional)"), m_overall);
    checkInCard->body()->addLayout(overallForm);
    checkInCard->body()->addWidget(m_formMessage);
    checkInCard->body()->addLayout(saveRow);

    // The monthly review.
    m_reviewCard->setObjectName(u"reviewCard"_s);
    m_reviewStatus->setObjectName(u"reviewStatus"_s);
    m_month->setObjectName(u"month"_s);
    m_month->setAccessibleName(tr("Month of the review"));
    m_reviewMessage->setObjectName(u"reviewMessage"_s);
    m_reviewMessage->setVisible(false);
    m_saveReview->setObjectName(u"saveReview"_s);
    auto *reviewForm = new QFormLayout;
    reviewForm->setContentsMargins(0, 0, 0, 0);
    reviewForm->addRow(tr("&Month"), m_month);
    reviewForm->addRow(tr("&Patterns"), m_patterns);
    reviewForm->addRow(tr("P&rogress"), m_progress);
    reviewForm->addRow(tr("&Changes to the plan"), m_planChanges);
    auto *reviewSaveRow = new QHBoxLayout;
    reviewSaveRow->addStretch(1);
    reviewSaveRow->addWidget(m_saveReview);
    auto *reviewBox = new QVBoxLayout(m_reviewForm);
    reviewBox->setContentsMargins(0, 0, 0, 0);
    reviewBox->addLayout(reviewForm);
    reviewBox->addWidget(m_reviewMessage);
    reviewBox->addLayout(reviewSaveRow);
    m_reviewCard->body()->addWidget(m_reviewStatus);
    m_reviewCard->body()->addWidget(m_reviewForm);

    // The check-ins so far.
    m_table->setObjectName(u"checkInList"_s);
    m_table->setAccessibleName(tr("Check-ins filed so far, by week"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Week"), tr("Filed"), tr("Overall"), tr("What helped"), tr("What made it harder")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Helped, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Hindered, QHeaderView::Stretch);
    m_table->setMinimumHeight(180);
    auto *listCard = new Card(tr("Check-ins so far"));
    listCard->setObjectName(u"listCard"_s);
    auto *listHint = new WrapLabel(tr("Choose a week to open its check-in and change it."));
    listHint->setProperty("bearingsRole", u"caption"_s);
    listCard->body()->addWidget(listHint);
    listCard->body()->addWidget(m_table);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Spacing::Large);
    contentLayout->addWidget(statusCard);
    contentLayout->addWidget(checkInCard);
    contentLayout->addWidget(m_reviewCard);
    contentLayout->addWidget(listCard);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"checkInsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Large);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_week, &QComboBox::currentIndexChanged, this, &CheckInsPage::loadWeek);
    connect(m_month, &QComboBox::currentIndexChanged, this, &CheckInsPage::loadMonth);
    connect(m_save, &QPushButton::clicked, this, &CheckInsPage::saveCheckIn);
    connect(m_saveReview, &QPushButton::clicked, this, &CheckInsPage::saveReview);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CheckInsPage::listSelectionChanged);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &CheckInsPage::refresh);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &CheckInsPage::refresh);
    connect(&m_context.database(), &Database::changed, this, &CheckInsPage::refresh);

    refresh();
}

int CheckInsPage::selectedWeek() const
{
    return m_week->currentData().toInt();
}

int CheckInsPage::selectedMonth() const
{
    return m_month->currentData().toInt();
}

void CheckInsPage::refresh()
{
    if (!m_context.isOpen())
        return;
    const qint64 relationshipId = m_context.currentRelationshipId();
    TrialPlanRepository repo(m_context.database());
    std::optional<TrialPlan> plan;
    if (relationshipId > 0) {
        const Result<std::optional<TrialPlan>> active = repo.activePlan(relationshipId);
        if (!active.ok())
            m_notice->showMessage(active.error().message, NoticeBar::Kind::Attention);
        else
            plan = active.value();
    }
    if (!plan) {
        m_plan.reset();
        m_checkIns.clear();
        m_reviews.clear();
        m_editing.reset();
        m_editingReview.reset();
        m_stack->setCurrentWidget(m_empty);
        return;
    }

    const Result<QList<CheckIn>> filed = repo.checkIns(plan->id);
    const Result<QList<MonthlyReview>> reviews = repo.reviews(plan->id);
    if (!filed.ok() || !reviews.ok())
        m_notice->showMessage(filed.ok() ? reviews.error().message : filed.error().message, NoticeBar::Kind::Attention);
    m_checkIns = filed.ok() ? filed.value() : QList<CheckIn> {};
    m_reviews = reviews.ok() ? reviews.value() : QList<MonthlyReview> {};

    const bool planChanged = !m_plan || m_plan->id != plan->id || m_plan->benchmarks != plan->benchmarks
        || m_plan->lengthWeeks != plan->lengthWeeks;
    m_plan = plan;
    m_stack->setCurrentIndex(1);

    const QDate today = m_context.database().clock().today();
    const TrialProgressReport report = TrialProgress::compute(*m_plan, m_checkIns, today);
    m_status->setText(checkintext::status(*m_plan, report));
    const QString open = checkintext::openWeeks(report.overdueWeeks);
    m_open->setText(open);
    m_open->setVisible(!open.isEmpty());

    if (planChanged) {
        rebuildBenchmarks();
        fillWeeks(checkintext::defaultWeek(*m_plan, m_checkIns, report, today));
        loadWeek();
    } else {
        fillWeeks(selectedWeek());
    }

    // Monthly reviews: those that have come due, and any already written.
    int months = report.monthlyReviewsDue;
    for (const MonthlyReview &r : std::as_const(m_reviews))
        months = std::max(months, r.month);
    m_reviewForm->setVisible(months > 0);
    int firstOpenMonth = 0;
    for (int m = 1; m <= report.monthlyReviewsDue && firstOpenMonth == 0; ++m) {
        if (std::none_of(m_reviews.cbegin(), m_reviews.cend(), [m](const MonthlyReview &r) { return r.month == m; }))
            firstOpenMonth = m;
    }
    if (months == 0) {
        const QDate first = TrialProgress::monthlyReviewDueDate(*m_plan, 1);
        m_reviewStatus->setText(first.isValid()
                ? tr("Every four weeks there is room for a longer look back. The first one opens with week 4's "
                     "check-in, on %1.")
                      .arg(checkintext::dayDate(first))
                : tr("Every four weeks there is room for a longer look back."));
    } else if (firstOpenMonth > 0) {
        m_reviewStatus->setText(tr("The review of month %1 is ready when you are: a longer look at patterns, "
                                   "progress and what you would change.")
                                    .arg(firstOpenMonth));
    } else if (report.nextMonthlyReviewDate) {
        m_reviewStatus->setText(tr("Your reviews so far are written. The next one opens on %1.")
                                    .arg(checkintext::dayDate(*report.nextMonthlyReviewDate)));
    } else {
        m_reviewStatus->setText(tr("Your reviews are written. You can open one to change it."));
    }
    if (months > 0) {
        const int current = selectedMonth();
        const bool reload = planChanged || current == 0;
        const int month = reload ? (firstOpenMonth > 0 ? firstOpenMonth : months) : std::min(current, months);
        fillMonths(months);
        {
            const QSignalBlocker blocker(m_month);
            m_month->setCurrentIndex(m_month->findData(month));
        }
        if (reload)
            loadMonth();
    }

    fillList();
}

void CheckInsPage::rebuildBenchmarks()
{
    while (m_benchmarkLayout->rowCount() > 0)
        m_benchmarkLayout->removeRow(0);
    m_ratings.clear();
    if (!m_plan)
        return;
    for (const Benchmark &b : m_plan->benchmarks) {
        auto *box = ratingBox(
            u"rating_%1"_s.arg(b.id), tr("%1, your rating from 0 to 10, %2").arg(b.label, checkintext::target(b)));
        box->setProperty("benchmarkId", b.id);
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(box);
        auto *target = new QLabel(checkintext::target(b));
        target->setProperty("bearingsRole", u"caption"_s);
        rowLayout->addWidget(target);
        rowLayout->addStretch(1);
        auto *label = new QLabel(b.label);
        label->setBuddy(box);
        label->setWordWrap(true);
        m_benchmarkLayout->addRow(label, row);
        m_ratings.append(box);
    }
    m_benchmarkBox->setVisible(!m_ratings.isEmpty());
}

void CheckInsPage::fillWeeks(int week)
{
    const QSignalBlocker blocker(m_week);
    m_week->clear();
    if (!m_plan)
        return;
    const QDate today = m_context.database().clock().today();
    const TrialProgressReport report = TrialProgress::compute(*m_plan, m_checkIns, today);
    const int last = std::max(checkintext::lastOpenWeek(*m_plan, m_checkIns, report), week);
    for (int w = 1; w <= std::min(last, m_plan->lengthWeeks); ++w) {
        const bool filed
            = std::any_of(m_checkIns.cbegin(), m_checkIns.cend(), [w](const CheckIn &c) { return c.week == w; });
        m_week->addItem(filed ? tr("Week %1 — filed").arg(w) : tr("Week %1").arg(w), w);
    }
    const int index = m_week->findData(week);
    m_week->setCurrentIndex(index >= 0 ? index : m_week->count() - 1);
}

void CheckInsPage::fillMonths(int months)
{
    const QSignalBlocker blocker(m_month);
    m_month->clear();
    for (int m = 1; m <= months; ++m) {
        const bool written
            = std::any_of(m_reviews.cbegin(), m_reviews.cend(), [m](const MonthlyReview &r) { return r.month == m; });
        m_month->addItem(written ? tr("Month %1 — written").arg(m) : tr("Month %1").arg(m), m);
    }
}

void CheckInsPage::fillList()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_checkIns.size()));
    const QLocale locale;
    for (int row = 0; row < m_checkIns.size(); ++row) {
        const CheckIn &c = m_checkIns.at(row);
        auto *week = new QTableWidgetItem(tr("Week %1").arg(c.week));
        week->setData(Qt::UserRole, c.week);
        m_table->setItem(row, Week, week);
        m_table->setItem(row, Filed, new QTableWidgetItem(locale.toString(c.filedAt.date(), QLocale::ShortFormat)));
        m_table->setItem(
            row, Overall, new QTableWidgetItem(c.overall ? tr("%1 of 10").arg(*c.overall) : tr("not rated")));
        m_table->setItem(row, Helped, new QTableWidgetItem(checkintext::firstLine(c.helped)));
        m_table->setItem(row, Hindered, new QTableWidgetItem(checkintext::firstLine(c.hindered)));
        if (c.week == selectedWeek())
            m_table->selectRow(row);
    }
}

void CheckInsPage::selectWeek(int week)
{
    if (!m_plan)
        return;
    if (m_week->findData(week) < 0)
        fillWeeks(week);
    const int index = m_week->findData(week);
    if (index < 0)
        return;
    if (index == m_week->currentIndex())
        loadWeek();
    else
        m_week->setCurrentIndex(index); // loads the week
}

void CheckInsPage::selectMonth(int month)
{
    const int index = m_month->findData(month);
    if (index < 0)
        return;
    if (index == m_month->currentIndex())
        loadMonth();
    else
        m_month->setCurrentIndex(index);
}

void CheckInsPage::loadWeek()
{
    m_formMessage->setVisible(false);
    m_editing.reset();
    if (m_plan) {
        const Result<std::optional<CheckIn>> stored
            = TrialPlanRepository(m_context.database()).checkIn(m_plan->id, selectedWeek());
        if (!stored.ok())
            m_notice->showMessage(stored.error().message, NoticeBar::Kind::Attention);
        else
            m_editing = stored.value();
    }
    const CheckIn shown = m_editing.value_or(CheckIn {});
    m_helped->setPlainText(shown.helped);
    m_hindered->setPlainText(shown.hindered);
    m_overall->setValue(shown.overall.value_or(kRatingMin - 1));
    for (QSpinBox *box : std::as_const(m_ratings)) {
        const qint64 id = box->property("benchmarkId").toLongLong();
        box->setValue(shown.ratings.value(id, kRatingMin - 1));
    }
    if (m_editing) {
        m_save->setText(tr("Save changes"));
        m_save->setAccessibleName(tr("Save the changes to week %1's check-in").arg(selectedWeek()));
    } else {
        m_save->setText(tr("File this check-in"));
        m_save->setAccessibleName(tr("File the check-in for week %1").arg(selectedWeek()));
    }
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, Week)->data(Qt::UserRole).toInt() == selectedWeek())
                m_table->selectRow(row);
        }
    }
}

void CheckInsPage::loadMonth()
{
    m_reviewMessage->setVisible(false);
    m_editingReview.reset();
    if (m_plan && selectedMonth() > 0) {
        const Result<std::optional<MonthlyReview>> stored
            = TrialPlanRepository(m_context.database()).review(m_plan->id, selectedMonth());
        if (!stored.ok())
            m_notice->showMessage(stored.error().message, NoticeBar::Kind::Attention);
        else
            m_editingReview = stored.value();
    }
    const MonthlyReview shown = m_editingReview.value_or(MonthlyReview {});
    m_patterns->setPlainText(shown.patterns);
    m_progress->setPlainText(shown.progress);
    m_planChanges->setPlainText(shown.planChanges);
    if (m_editingReview) {
        m_saveReview->setText(tr("Save changes"));
        m_saveReview->setAccessibleName(tr("Save the changes to the review of month %1").arg(selectedMonth()));
    } else {
        m_saveReview->setText(tr("Save this review"));
        m_saveReview->setAccessibleName(tr("Save the review of month %1").arg(selectedMonth()));
    }
}

void CheckInsPage::listSelectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *week = m_table->item(selected.first()->row(), Week);
    if (week)
        selectWeek(week->data(Qt::UserRole).toInt());
}

void CheckInsPage::saveCheckIn()
{
    if (!m_plan || selectedWeek() <= 0)
        return;
    const int week = selectedWeek();
    CheckIn c;
    c.planId = m_plan->id;
    c.week = week;
    c.helped = m_helped->toPlainText();
    c.hindered = m_hindered->toPlainText();
    c.overall = ratingOf(m_overall);
    for (const QSpinBox *box : std::as_const(m_ratings)) {
        if (const std::optional<int> rating = ratingOf(box))
            c.ratings.insert(box->property("benchmarkId").toLongLong(), *rating);
    }

    TrialPlanRepository repo(m_context.database());
    QString message;
    if (m_editing) {
        c.id = m_editing->id;
        const Status s = repo.updateCheckIn(c);
        if (!s.ok()) {
            m_formMessage->setText(s.error().message);
            m_formMessage->setVisible(true);
            return;
        }
        message = tr("Your changes to week %1 are saved.").arg(week);
    } else {
        const Result<qint64> id = repo.fileCheckIn(c);
        if (!id.ok()) {
            const bool conflict = id.error().code == ErrorCode::Conflict;
            if (conflict) {
                // Someone (another window, an import) filed this week first:
                // show what is stored, so nothing is filed twice.
                refresh();
                selectWeek(week);
            }
            m_formMessage->setText(
                conflict ? tr("%1 It is open below now.").arg(id.error().message) : id.error().message);
            m_formMessage->setVisible(true);
            return;
        }
        message = tr("Week %1's check-in is filed. Thank you for taking the time.").arg(week);
    }
    selectWeek(week);
    m_formMessage->setText(message);
    m_formMessage->setVisible(true);
}

void CheckInsPage::saveReview()
{
    if (!m_plan || selectedMonth() <= 0)
        return;
    const int month = selectedMonth();
    MonthlyReview r;
    r.planId = m_plan->id;
    r.month = month;
    r.patterns = m_patterns->toPlainText();
    r.progress = m_progress->toPlainText();
    r.planChanges = m_planChanges->toPlainText();
    TrialPlanRepository repo(m_context.database());
    QString message;
    if (m_editingReview) {
        r.id = m_editingReview->id;
        const Status s = repo.updateReview(r);
        if (!s.ok()) {
            m_reviewMessage->setText(s.error().message);
            m_reviewMessage->setVisible(true);
            return;
        }
        message = tr("Your changes to the review of month %1 are saved.").arg(month);
    } else {
        const Result<qint64> id = repo.fileReview(r);
        if (!id.ok()) {
            const bool conflict = id.error().code == ErrorCode::Conflict;
            if (conflict) {
                refresh();
                selectMonth(month);
            }
            m_reviewMessage->setText(
                conflict ? tr("%1 It is open below now.").arg(id.error().message) : id.error().message);
            m_reviewMessage->setVisible(true);
            return;
        }
        message = tr("The review of month %1 is saved.").arg(month);
    }
    selectMonth(month);
    m_reviewMessage->setText(message);
    m_reviewMessage->setVisible(true);
}

} // namespace bearings::ui
