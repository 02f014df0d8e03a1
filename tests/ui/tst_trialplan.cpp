#include "UiTestSupport.h"
#include "analytics/TrialProgress.h"
#include "assessment/LogisticsItemRow.h"
#include "assessment/LogisticsPanel.h"
#include "assessment/TrialPlanBenchmarkRow.h"
#include "assessment/TrialPlanForm.h"
#include "assessment/TrialPlanPanel.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "logistics/LogisticsRepository.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// Whether the keyboard focus is on `w` or inside it (spin boxes and date
// edits type into a line edit of their own).
bool focusIsOn(const QWidget *w)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == w || w->isAncestorOf(focus) || focus->focusProxy() == w);
}

// Every focusable, visible control in `root` has a name for screen readers.
} // namespace

class TestTrialPlan : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    qint64 m_relationship = 0;

    int count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // The form's benchmark rows in order (removed rows are detached at once).
    static QList<TrialPlanBenchmarkRow *> rows(const TrialPlanForm &form)
    {
        return form.findChildren<TrialPlanBenchmarkRow *>();
    }

    TrialPlan runningPlan(const QDate &start, int weeks = kTrialDefaultWeeks)
    {
        TrialPlan plan;
        plan.relationshipId = m_relationship;
        plan.strategy = Strategy::Repair;
        plan.startDate = start;
        plan.lengthWeeks = weeks;
        plan.myBehaviour = u"Pause and come back in 30 minutes"_s;
        plan.theirBehaviour = u"Keep one small promise a day"_s;
        plan.checkInWeekday = start.addDays(3).dayOfWeek();
        plan.benchmarks = {TrialPlanBenchmarkRow::defaults(BenchmarkKind::PositiveNegativeRatio),
            TrialPlanBenchmarkRow::defaults(BenchmarkKind::SelfRated)};
        const Result<qint64> id = TrialPlanRepository(*m_db).create(plan);
        if (!id.ok())
            qWarning() << id.error().message;
        return plan;
    }

    void setStrategy(Strategy strategy)
    {
        QVERIFY(RelationshipRepository(*m_db).changeStrategy(m_relationship, strategy, u"test"_s).ok());
    }

    QDate today() const { return m_db->clock().today(); }

    static void clickOk(TrialPlanForm &form)
    {
        QTest::mouseClick(form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QString screenshotDir() { return qEnvironmentVariable("BEARINGS_SCREENSHOT_DIR"); }

private Q_SLOTS:
    void initTestCase() { Theme::apply(*qApp, Theme::Mode::Light); }

    void init()
    {
        Result<std::unique_ptr<Database>> db = Database::openNew();
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
        Relationship r;
        r.name = u"Robin"_s;
        r.kind = RelationshipKind::Partner;
        r.strategy = Strategy::Repair;
        const Result<qint64> id = RelationshipRepository(*m_db).add(r);
        QVERIFY(id.ok());
        m_relationship = id.value();
        m_context->setCurrentRelationship(m_relationship);
    }

    void cleanup()
    {
        m_context.reset();
        m_clipboard.reset();
        m_db.reset();
    }

    // (a) Problems are shown inline, one message each, and nothing is written
    // until all of them are fixed; then one plan with its benchmarks.
    void formShowsEveryProblemInlineAndWritesNothing()
    {
        TrialPlanForm form(*m_context);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        auto *strategy = child<QComboBox>(&form, u"strategy"_s);
        QCOMPARE(Strategy(strategy->currentData().toInt()), Strategy::Repair); // the relationship's path
        QCOMPARE(child<QDateEdit>(&form, u"startDate"_s)->date(), today());
        auto *length = child<QSpinBox>(&form, u"lengthWeeks"_s);
        QCOMPARE(length->value(), kTrialDefaultWeeks);
        QCOMPARE(form.visibleProblemCount(), 0);

        QTest::mouseClick(child<QPushButton>(&form, u"addBenchmark"_s), Qt::LeftButton);
        QList<TrialPlanBenchmarkRow *> benchmarkRows = rows(form);
        QCOMPARE(benchmarkRows.size(), 3);
        QCOMPARE(benchmarkRows.at(0)->benchmark().kind, BenchmarkKind::PositiveNegativeRatio);
        QCOMPARE(benchmarkRows.at(0)->benchmark().target, 5.0);
        QCOMPARE(benchmarkRows.at(0)->benchmark().direction, TargetDirection::AtLeast);
        QCOMPARE(benchmarkRows.at(1)->benchmark().kind, BenchmarkKind::SelfRated);
        QCOMPARE(benchmarkRows.at(1)->benchmark().target, 6.0);
        QCOMPARE(benchmarkRows.at(2)->benchmark().kind, BenchmarkKind::BreachesPerWeek);
        QCOMPARE(benchmarkRows.at(2)->benchmark().target, 1.0);
        QCOMPARE(benchmarkRows.at(2)->benchmark().direction, TargetDirection::AtMost);

        // Typing an out-of-range length is allowed and explained, not clamped.
        length->setValue(2);
        QCOMPARE(length->value(), 2);
        auto *lengthMessage = child<WrapLabel>(&form, u"lengthMessage"_s);
        QVERIFY(lengthMessage->isVisible());
        QCOMPARE(lengthMessage->text(), u"A fair trial is between 4 and 26 weeks; 12 is typical."_s);

        benchmarkRows.at(0)->targetEdit()->setValue(-1);
        benchmarkRows.at(1)->targetEdit()->setValue(11);
        benchmarkRows.at(2)->labelEdit()->clear();
        clickOk(form);

        QVERIFY(form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QCOMPARE(form.visibleProblemCount(), 4);
        for (int i = 0; i < 2; ++i) {
            const QList<WrapLabel *> shown
                = benchmarkRows.at(i)->findChildren<WrapLabel *>(u"benchmarkTargetMessage"_s);
            QCOMPARE(shown.size(), 1);
            QVERIFY(shown.first()->isVisible());
        }
        QVERIFY(child<WrapLabel>(benchmarkRows.at(2), u"benchmarkLabelMessage"_s)->isVisible());
        QVERIFY(focusIsOn(length)); // the first problem has the focus
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM benchmark"_s), 0);

        if (!screenshotDir().isEmpty()) {
            // The form as a person would see it, with one problem inline.
            length->setValue(kTrialDefaultWeeks);
            benchmarkRows.at(0)->targetEdit()->setValue(5);
            benchmarkRows.at(1)->targetEdit()->setValue(6);
            child<QLineEdit>(&form, u"myBehaviour"_s)->setText(u"Pause and come back in 30 minutes"_s);
            child<QLineEdit>(&form, u"theirBehaviour"_s)->setText(u"Keep one small promise a day"_s);
            QTest::qWait(50);
            QVERIFY(form.grab().save(QDir(screenshotDir()).filePath(u"screenshot-trialplan-form.png"_s)));
        }

        // Fixing each problem clears its message.
        length->setValue(kTrialDefaultWeeks);
        QVERIFY(!lengthMessage->isVisible());
        benchmarkRows.at(0)->targetEdit()->setValue(5);
        benchmarkRows.at(1)->targetEdit()->setValue(7);
        QTest::keyClicks(benchmarkRows.at(2)->labelEdit(), u"Boundaries respected"_s);
        QCOMPARE(form.visibleProblemCount(), 0);
        child<QLineEdit>(&form, u"myBehaviour"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(&form, u"myBehaviour"_s), u"Pause before answering"_s);
        clickOk(form);

        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 1);
        const Result<std::optional<TrialPlan>> active = TrialPlanRepository(*m_db).activePlan(m_relationship);
        QVERIFY(active.ok() && active.value());
        const TrialPlan &plan = *active.value();
        QCOMPARE(plan.id, form.savedPlan().id);
        QCOMPARE(plan.lengthWeeks, kTrialDefaultWeeks);
        QCOMPARE(plan.startDate, today());
        QCOMPARE(plan.myBehaviour, u"Pause before answering"_s);
        QCOMPARE(plan.benchmarks.size(), 3);
        QCOMPARE(plan.benchmarks.at(1).target, 7.0);
        QCOMPARE(plan.benchmarks.at(2).label, u"Boundaries respected"_s);
        QCOMPARE(count(u"SELECT count(*) FROM benchmark"_s), 3);
    }

    void undecidedPathMustBeChosen()
    {
        setStrategy(Strategy::Undecided);
        TrialPlanForm form(*m_context);
        form.show();
        auto *strategy = child<QComboBox>(&form, u"strategy"_s);
        QCOMPARE(strategy->currentIndex(), -1);
        clickOk(form);
        QVERIFY(child<WrapLabel>(&form, u"strategyMessage"_s)->isVisible());
        QCOMPARE(form.visibleProblemCount(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 0);
        strategy->setCurrentIndex(strategy->findData(int(Strategy::Limit)));
        QCOMPARE(form.visibleProblemCount(), 0);
        clickOk(form);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(form.savedPlan().strategy, Strategy::Limit);
    }

    void benchmarksStopAtEight()
    {
        TrialPlanForm form(*m_context);
        form.show();
        auto *add = child<QPushButton>(&form, u"addBenchmark"_s);
        for (int i = 0; i < 10; ++i)
            add->click();
        QCOMPARE(rows(form).size(), TrialPlanRepository::kMaxBenchmarks);
        QVERIFY(!add->isEnabled());
        rows(form).first()->removeButton()->click();
        QCOMPARE(rows(form).size(), TrialPlanRepository::kMaxBenchmarks - 1);
        QVERIFY(add->isEnabled());
    }

    // (b) A second plan while one runs: a calm Conflict, and the way on.
    void conflictOffersToEndTheCurrentPlan()
    {
        const TrialPlan first = runningPlan(today().addDays(-14));
        QVERIFY(first.isValid());

        TrialPlanForm form(*m_context);
        form.show();
        auto *endAndStart = child<QPushButton>(&form, u"endAndStart"_s);
        QVERIFY(!endAndStart->isVisible());
        clickOk(form);
        QVERIFY(form.isVisible());
        auto *message = child<WrapLabel>(&form, u"formMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"already running"_s));
        QVERIFY(endAndStart->isVisible());
        QCOMPARE(endAndStart->text(), u"End the current plan and start this one"_s);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 1);

        QTest::mouseClick(endAndStart, Qt::LeftButton);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        const Result<QList<TrialPlan>> plans = TrialPlanRepository(*m_db).list(m_relationship);
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 2);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan WHERE ended_at IS NOT NULL"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan WHERE ended_at IS NULL"_s), 1);
        const Result<std::optional<TrialPlan>> active = TrialPlanRepository(*m_db).activePlan(m_relationship);
        QVERIFY(active.ok() && active.value());
        QCOMPARE(active.value()->id, form.savedPlan().id);
        QVERIFY(active.value()->id != first.id);
    }

    void editingKeepsThePathAndUpdates()
    {
        const TrialPlan plan = runningPlan(today());
        TrialPlanForm form(*m_context, plan);
        form.show();
        QVERIFY(form.isEditing());
        QVERIFY(!child<QComboBox>(&form, u"strategy"_s)->isEnabled());
        QVERIFY(!child<QDateEdit>(&form, u"startDate"_s)->isEnabled());
        QCOMPARE(rows(form).size(), 2);
        child<QSpinBox>(&form, u"lengthWeeks"_s)->setValue(10);
        rows(form).last()->removeButton()->click();
        clickOk(form);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        const Result<TrialPlan> stored = TrialPlanRepository(*m_db).get(plan.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->lengthWeeks, 10);
        QCOMPARE(stored->benchmarks.size(), 1);
        QCOMPARE(stored->benchmarks.first().id, plan.benchmarks.first().id);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 1);
    }

    // (c) The panel: week X of N, the next check-in, ending with a confirmation.
    void panelShowsTheRunningPlanAndEndsIt()
    {
        TrialPlanPanel panel(*m_context);
        panel.resize(640, 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *start = child<QPushButton>(&panel, u"startTrialPlan"_s);
        QVERIFY(start->isVisible());
        QVERIFY(child<WrapLabel>(&panel, u"trialExplanation"_s)->text().contains(u"8 to 12 weeks"_s));

        const TrialPlan plan = runningPlan(today());
        // The database's changed() refreshes the panel.
        QVERIFY(panel.plan().has_value());
        QCOMPARE(child<WrapLabel>(&panel, u"trialWeek"_s)->text(), u"Week 1 of 12"_s);
        const QDate due = TrialProgress::checkInDueDate(plan, 1);
        QVERIFY(due.isValid());
        auto *next = child<WrapLabel>(&panel, u"nextCheckIn"_s);
        QVERIFY(next->isVisible());
        QVERIFY2(next->text().contains(longDate(due)), qPrintable(next->text()));
        const QString summary = child<WrapLabel>(&panel, u"trialBenchmarks"_s)->text();
        QVERIFY(summary.contains(u"at least 5"_s));
        QVERIFY(child<WrapLabel>(&panel, u"trialBehaviours"_s)->text().contains(plan.myBehaviour));
        QVERIFY(!start->isVisible());

        if (!screenshotDir().isEmpty()) {
            QWidget frame;
            frame.setObjectName(u"screenshotFrame"_s);
            auto *layout = new QVBoxLayout(&frame);
            layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
            auto *shot = new TrialPlanPanel(*m_context);
            layout->addWidget(shot);
            layout->addStretch(1);
            frame.resize(640, 460);
            frame.show();
            QVERIFY(QTest::qWaitForWindowExposed(&frame));
            QTest::qWait(50);
            frame.resize(640, frame.hasHeightForWidth() ? frame.heightForWidth(640) : frame.sizeHint().height());
            QTest::qWait(50);
            QVERIFY(frame.grab().save(QDir(screenshotDir()).filePath(u"screenshot-trialplan-panel.png"_s)));
        }

        // Ending asks first; keeping it running changes nothing.
        auto *end = child<QPushButton>(&panel, u"endTrialPlan"_s);
        auto *confirmation = child<QWidget>(&panel, u"endPlanConfirmation"_s);
        QTest::mouseClick(end, Qt::LeftButton);
        QVERIFY(confirmation->isVisible());
        QTest::mouseClick(child<QPushButton>(&panel, u"keepTrialPlan"_s), Qt::LeftButton);
        QVERIFY(!confirmation->isVisible());
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan WHERE ended_at IS NULL"_s), 1);

        QTest::mouseClick(end, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&panel, u"confirmEndTrialPlan"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan WHERE ended_at IS NULL"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 1);
        QVERIFY(!panel.plan().has_value());
        QVERIFY(start->isVisible());
    }

    void panelStartsAndEditsThroughTheForm()
    {
        TrialPlanPanel panel(*m_context);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.startNewPlan();
        QPointer<TrialPlanForm> form = panel.findChild<TrialPlanForm *>();
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QVERIFY(!form->isEditing());
        clickOk(*form);
        QTRY_VERIFY(form.isNull()); // closed and deleted
        QCOMPARE(child<WrapLabel>(&panel, u"trialWeek"_s)->text(), u"Week 1 of 12"_s);

        QTest::mouseClick(child<QPushButton>(&panel, u"editTrialPlan"_s), Qt::LeftButton);
        form = panel.findChild<TrialPlanForm *>();
        QVERIFY(form && form->isEditing());
        child<QSpinBox>(form.data(), u"lengthWeeks"_s)->setValue(8);
        clickOk(*form);
        QTRY_VERIFY(form.isNull());
        QCOMPARE(child<WrapLabel>(&panel, u"trialWeek"_s)->text(), u"Week 1 of 8"_s);
    }

    // (d) Practical steps: only for limit or cut; starter list, ticking,
    // adding, editing, removing.
    void logisticsOnlyForLimitOrCut()
    {
        LogisticsPanel panel(*m_context);
        panel.resize(720, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *steps = child<Card>(&panel, u"logisticsStepsCard"_s);
        QVERIFY(!panel.isApplicable());
        QVERIFY(!steps->isVisible());
        QVERIFY(child<WrapLabel>(&panel, u"logisticsNote"_s)->isVisible());

        setStrategy(Strategy::Limit);
        QVERIFY(panel.isApplicable());
        QVERIFY(steps->isVisible());
        QVERIFY(!child<WrapLabel>(&panel, u"logisticsNote"_s)->isVisible());

        setStrategy(Strategy::Cut);
        QVERIFY(panel.isApplicable());
        setStrategy(Strategy::Undecided);
        QVERIFY(!panel.isApplicable());
        QVERIFY(!steps->isVisible());
    }

    void logisticsChecklistWorks()
    {
        setStrategy(Strategy::Cut);
        LogisticsPanel panel(*m_context);
        panel.resize(720, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        LogisticsRepository repo(*m_db);

        auto *seed = child<QPushButton>(&panel, u"seedLogistics"_s);
        QVERIFY(seed->isVisible());
        QTest::mouseClick(seed, Qt::LeftButton);
        const QList<LogisticsItem> seeded = repo.list(m_relationship).value();
        const qsizetype total = seeded.size();
        QVERIFY(total > 5);
        QVERIFY(!seed->isVisible());
        auto *progress = child<WrapLabel>(&panel, u"logisticsProgress"_s);
        QCOMPARE(progress->text(), u"0 of %1 done"_s.arg(total));

        // Ticking a step updates the line and the database.
        LogisticsItemRow *first = panel.rowFor(seeded.first().id);
        QVERIFY(first);
        QTest::mouseClick(first->checkBox(), Qt::LeftButton);
        QCOMPARE(progress->text(), u"1 of %1 done"_s.arg(total));
        QVERIFY(repo.get(seeded.first().id)->done);
        QCOMPARE(panel.rowFor(seeded.first().id), first); // the row stays, and so does the focus
        first->checkBox()->click();
        QCOMPARE(progress->text(), u"0 of %1 done"_s.arg(total));
        QVERIFY(!repo.get(seeded.first().id)->done);
        first->checkBox()->click();

        // Support items live in their own group.
        const auto support = std::find_if(seeded.cbegin(), seeded.cend(),
            [](const LogisticsItem &i) { return i.category == LogisticsCategory::SupportPeople; });
        QVERIFY(support != seeded.cend());
        QVERIFY(child<Card>(&panel, u"logisticsSupportCard"_s)->isAncestorOf(panel.rowFor(support->id)));
        QVERIFY(!child<Card>(&panel, u"logisticsStepsCard"_s)->isAncestorOf(panel.rowFor(support->id)));

        // Adding.
        auto *category = child<QComboBox>(&panel, u"logisticsCategory"_s);
        category->setCurrentIndex(category->findData(int(LogisticsCategory::SupportPeople)));
        auto *text = child<QLineEdit>(&panel, u"logisticsNewText"_s);
        QTest::mouseClick(child<QPushButton>(&panel, u"addLogisticsItem"_s), Qt::LeftButton);
        QVERIFY(child<WrapLabel>(&panel, u"logisticsMessage"_s)->isVisible()); // empty text: a calm note
        QCOMPARE(repo.list(m_relationship)->size(), total);
        QTest::keyClicks(text, u"Call Ana on Sunday"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QList<LogisticsItem> items = repo.list(m_relationship).value();
        QCOMPARE(items.size(), total + 1);
        const auto added = std::find_if(
            items.cbegin(), items.cend(), [](const LogisticsItem &i) { return i.text == u"Call Ana on Sunday"_s; });
        QVERIFY(added != items.cend());
        QCOMPARE(added->category, LogisticsCategory::SupportPeople);
        QVERIFY(text->text().isEmpty());
        QCOMPARE(progress->text(), u"1 of %1 done"_s.arg(total + 1));
        LogisticsItemRow *row = panel.rowFor(added->id);
        QVERIFY(row);
        QVERIFY(child<Card>(&panel, u"logisticsSupportCard"_s)->isAncestorOf(row));

        // Editing in place.
        row->editButton()->click();
        QVERIFY(row->isEditing());
        row->editor()->setText(u"Call Ana on Sunday evening"_s);
        row->editButton()->click();
        QVERIFY(!row->isEditing());
        QCOMPARE(repo.get(added->id)->text, u"Call Ana on Sunday evening"_s);

        if (!screenshotDir().isEmpty()) {
            panel.rowFor(seeded.at(1).id)->checkBox()->click();
            panel.rowFor(seeded.at(3).id)->checkBox()->click();
            QWidget frame;
            auto *layout = new QVBoxLayout(&frame);
            layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
            auto *shot = new LogisticsPanel(*m_context);
            layout->addWidget(shot);
            layout->addStretch(1);
            frame.resize(720, 400);
            frame.show();
            QVERIFY(QTest::qWaitForWindowExposed(&frame));
            QTest::qWait(50);
            frame.resize(720, frame.hasHeightForWidth() ? frame.heightForWidth(720) : frame.sizeHint().height());
            QTest::qWait(50);
            QVERIFY(frame.grab().save(QDir(screenshotDir()).filePath(u"screenshot-logistics.png"_s)));
            panel.rowFor(seeded.at(1).id)->checkBox()->click();
            panel.rowFor(seeded.at(3).id)->checkBox()->click();
        }

        // Removing.
        row->removeButton()->click();
        QCOMPARE(repo.list(m_relationship)->size(), total);
        QVERIFY(!panel.rowFor(added->id));
        QCOMPARE(progress->text(), u"1 of %1 done"_s.arg(total));
        QVERIFY(QApplication::focusWidget() == nullptr || panel.isAncestorOf(QApplication::focusWidget()));
    }

    // (e) Keyboard: every field is reachable with Tab, Enter does not accept
    // a form with problems, and every control has a name.
    void formIsKeyboardReachableAndNamed()
    {
        TrialPlanForm form(*m_context);
        form.show();
        QApplication::setActiveWindow(&form);
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QVERIFY(unnamedFocusable(&form).isEmpty());

        QList<QWidget *> expected {child<QComboBox>(&form, u"strategy"_s), child<QDateEdit>(&form, u"startDate"_s),
            child<QSpinBox>(&form, u"lengthWeeks"_s), child<QComboBox>(&form, u"checkInWeekday"_s),
            child<QLineEdit>(&form, u"myBehaviour"_s), child<QLineEdit>(&form, u"theirBehaviour"_s),
            child<QPushButton>(&form, u"addBenchmark"_s),
            form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
            form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)};
        for (const TrialPlanBenchmarkRow *row : rows(form))
            expected += row->focusChain();

        expected.first()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> reached;
        for (int i = 0; i < 3 * expected.size(); ++i) {
            for (QWidget *w : std::as_const(expected)) {
                if (focusIsOn(w) && !reached.contains(w))
                    reached.append(w);
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget *w : std::as_const(expected))
            QVERIFY2(reached.contains(w), qPrintable(w->accessibleName()));
        // The fields come in reading order.
        QCOMPARE(reached.at(0), expected.at(0));
        QCOMPARE(reached.at(1), expected.at(1));
        QCOMPARE(reached.at(2), expected.at(2));

        // Enter with a problem does not accept.
        child<QSpinBox>(&form, u"lengthWeeks"_s)->setValue(2);
        auto *mine = child<QLineEdit>(&form, u"myBehaviour"_s);
        mine->setFocus(Qt::TabFocusReason);
        QTest::keyClick(mine, Qt::Key_Return);
        QVERIFY(form.isVisible());
        QVERIFY(form.result() != QDialog::Accepted);
        QVERIFY(child<WrapLabel>(&form, u"lengthMessage"_s)->isVisible());
        QVERIFY(focusIsOn(child<QSpinBox>(&form, u"lengthWeeks"_s)));
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 0);

        // Enter once everything is fine starts the plan.
        child<QSpinBox>(&form, u"lengthWeeks"_s)->setValue(9);
        mine->setFocus(Qt::TabFocusReason);
        QTest::keyClick(mine, Qt::Key_Return);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(count(u"SELECT count(*) FROM trial_plan"_s), 1);
    }

    void panelsAreNamedForScreenReaders()
    {
        TrialPlanPanel plans(*m_context);
        plans.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plans));
        QVERIFY(unnamedFocusable(&plans).isEmpty());
        runningPlan(today());
        QTest::mouseClick(child<QPushButton>(&plans, u"endTrialPlan"_s), Qt::LeftButton);
        QVERIFY2(unnamedFocusable(&plans).isEmpty(), qPrintable(unnamedFocusable(&plans).join(u", "_s)));

        setStrategy(Strategy::Limit);
        LogisticsPanel logistics(*m_context);
        logistics.show();
        QVERIFY(QTest::qWaitForWindowExposed(&logistics));
        QVERIFY(unnamedFocusable(&logistics).isEmpty());
        child<QPushButton>(&logistics, u"seedLogistics"_s)->click();
        QVERIFY2(unnamedFocusable(&logistics).isEmpty(), qPrintable(unnamedFocusable(&logistics).join(u", "_s)));
        const QList<LogisticsItemRow *> rows = logistics.findChildren<LogisticsItemRow *>();
        QVERIFY(!rows.isEmpty());
        rows.first()->startEditing();
        QVERIFY2(unnamedFocusable(&logistics).isEmpty(), qPrintable(unnamedFocusable(&logistics).join(u", "_s)));

        // Tab walks from the first tick box through the steps to "Add".
        QApplication::setActiveWindow(&logistics);
        QVERIFY(QTest::qWaitForWindowActive(&logistics));
        rows.first()->cancelEditing();
        rows.first()->checkBox()->setFocus(Qt::TabFocusReason);
        bool reachedAdd = false;
        for (int i = 0; i < 6 * rows.size() + 5 && !reachedAdd; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reachedAdd = QApplication::focusWidget() == child<QPushButton>(&logistics, u"addLogisticsItem"_s);
        }
        QVERIFY(reachedAdd);
    }
};

QTEST_MAIN(TestTrialPlan)
#include "tst_trialplan.moc"
