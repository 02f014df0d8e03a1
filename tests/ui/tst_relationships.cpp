#include "boundaries/BoundaryRepository.h"
#include "common/EmptyState.h"
#include "common/Theme.h"
#include "journal/JournalRepository.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/ItemListEditor.h"
#include "relationships/RelationshipRepository.h"
#include "relationships/RelationshipSwitcher.h"
#include "relationships/RelationshipText.h"
#include "relationships/RelationshipsDialog.h"
#include "relationships/StrategyChangeDialog.h"
#include "relationships/StrategyPanel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every widget Tab can land on that is shown and enabled.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> result;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && w->isEnabled())
            result << w;
    }
    return result;
}

QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
}

} // namespace

class TestRelationships : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;

    RelationshipRepository repo() const { return RelationshipRepository(*m_db); }

    qint64 addRelationship(const QString &name, RelationshipKind kind, const QString &notes = {})
    {
        Relationship r;
        r.name = name;
        r.kind = kind;
        r.notes = notes;
        const auto id = repo().add(r);
        return id.ok() ? id.value() : 0;
    }

    QStringList comboTexts(const QComboBox *combo) const
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
        return texts;
    }

    QStringList listTexts(const QListWidget *list) const
    {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        return texts;
    }

    template<typename T> T *child(QObject *parent, const QString &name) const { return parent->findChild<T *>(name); }

    // Presses Tab from the first stop until focus comes back round; returns
    // every widget that had the focus on the way.
    QSet<QWidget *> tabAround(QWidget *window, int maxPresses)
    {
        QSet<QWidget *> visited;
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return visited;
        const QList<QWidget *> stops = tabStops(window);
        if (stops.isEmpty())
            return visited;
        stops.first()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < maxPresses; ++i) {
            if (QWidget *focus = QApplication::focusWidget())
                visited.insert(focus);
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        }
        return visited;
    }

    void verifyKeyboardAndNames(QWidget *window)
    {
        const QSet<QWidget *> visited = tabAround(window, 80);
        const QList<QWidget *> stops = tabStops(window);
        QVERIFY(stops.size() >= 3);
        for (QWidget *w : stops) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(describe(w)));
            // Within an exclusive radio group Tab lands on the checked button.
            if (auto *radio = qobject_cast<QRadioButton *>(w); radio && !radio->isChecked())
                continue;
            QVERIFY2(visited.contains(w), qPrintable(u"Tab does not reach "_s + describe(w)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp, Theme::Mode::Light);
        m_clipboard = std::make_unique<ClipboardGuard>();
    }

    void init()
    {
        auto db = Database::openNew();
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
    }

    void cleanup()
    {
        m_context.reset();
        m_db.reset();
    }

    void textsArePlainWords()
    {
        QCOMPARE(RelationshipText::kindLabel(RelationshipKind::CoParent), u"Co-parent"_s);
        QCOMPARE(RelationshipText::strategyLabel(Strategy::Repair), u"Repair"_s);
        QCOMPARE(RelationshipText::strategyLabel(Strategy::Limit), u"Limit contact"_s);
        QCOMPARE(RelationshipText::strategyLabel(Strategy::Cut), u"End contact"_s);
        QCOMPARE(RelationshipText::strategyLabel(Strategy::Undecided), u"Not decided yet"_s);
        for (const Strategy s : {Strategy::Undecided, Strategy::Repair, Strategy::Limit, Strategy::Cut})
            QVERIFY(RelationshipText::strategyDescription(s).endsWith(u'.'));

        RelationshipFootprint f;
        f.journalEntries = 84;
        f.boundaries = 3;
        f.breaches = 11;
        f.assessments = 2;
        f.trialPlans = 1;
        f.checkIns = 8;
        f.scripts = 8;
        f.logisticsItems = 12;
        QCOMPARE(RelationshipText::footprintSummary(f),
            u"This also deletes 84 journal notes, 3 boundaries with 11 crossings, 2 assessments, 1 trial plan with 8 "
            "check-ins, 8 message drafts and 12 checklist items. This cannot be undone."_s);

        RelationshipFootprint one;
        one.journalEntries = 1;
        one.boundaries = 1;
        one.breaches = 1;
        QCOMPARE(RelationshipText::footprintSummary(one),
            u"This also deletes 1 journal note and 1 boundary with 1 crossing. This cannot be undone."_s);
        RelationshipFootprint scripts;
        scripts.scripts = 1;
        QCOMPARE(RelationshipText::footprintSummary(scripts),
            u"This also deletes 1 message draft. This cannot be undone."_s);
        QCOMPARE(RelationshipText::footprintSummary({}), u"This cannot be undone."_s);
    }

    void switcherListsAndSelects()
    {
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
        const qint64 alex = addRelationship(u"Alex"_s, RelationshipKind::Family);
        const qint64 old = addRelationship(u"Old boss"_s, RelationshipKind::Colleague);
        QVERIFY(repo().setArchived(old, true).ok());

        RelationshipSwitcher switcher(*m_context);
        QCOMPARE(switcher.objectName(), u"relationshipSwitcher"_s);
        QComboBox *combo = switcher.comboBox();
        QCOMPARE(comboTexts(combo), (QStringList {u"Alex · Family"_s, u"Sam · Partner"_s}));
        QVERIFY(combo->isEnabled());
        // Nothing was chosen yet: the first one is.
        QCOMPARE(m_context->currentRelationshipId(), alex);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!child<QPushButton>(&switcher, u"switcherAdd"_s)->isVisibleTo(&switcher));
        QVERIFY(child<QPushButton>(&switcher, u"switcherManage"_s)->isVisibleTo(&switcher));

        QSignalSpy spy(m_context.get(), &SessionContext::currentRelationshipChanged);
        combo->setCurrentIndex(1);
        QCOMPARE(m_context->currentRelationshipId(), sam);
        QCOMPARE(spy.count(), 1);

        // It follows changes made elsewhere.
        m_context->setCurrentRelationship(alex);
        QCOMPARE(combo->currentIndex(), 0);
        addRelationship(u"Bea"_s, RelationshipKind::Friend);
        m_context->notifyRelationshipsChanged();
        QCOMPARE(comboTexts(combo), (QStringList {u"Alex · Family"_s, u"Bea · Friend"_s, u"Sam · Partner"_s}));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(m_context->currentRelationshipId(), alex);
    }

    void switcherKeepsAnExistingChoice()
    {
        addRelationship(u"Alex"_s, RelationshipKind::Family);
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
        m_context->setCurrentRelationship(sam);
        RelationshipSwitcher switcher(*m_context);
        QCOMPARE(m_context->currentRelationshipId(), sam);
        QCOMPARE(switcher.comboBox()->currentText(), u"Sam · Partner"_s);
    }

    void switcherWithNoOneShowsPlaceholderAndAdd()
    {
        RelationshipSwitcher switcher(*m_context);
        QComboBox *combo = switcher.comboBox();
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->currentText(), u"No one added yet"_s);
        QCOMPARE(m_context->currentRelationshipId(), 0);
        auto *add = child<QPushButton>(&switcher, u"switcherAdd"_s);
        QVERIFY(add->isVisibleTo(&switcher));

        QTest::mouseClick(add, Qt::LeftButton);
        auto *dialog = switcher.findChild<RelationshipsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->selectedRelationshipId(), 0);

        // Adding the first person makes them current, and the switcher shows them.
        child<QLineEdit>(dialog, u"relationshipName"_s)->setText(u"K"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"relationshipSave"_s), Qt::LeftButton);
        QVERIFY(combo->isEnabled());
        QCOMPARE(comboTexts(combo), QStringList {u"K · Other"_s});
        QVERIFY(m_context->currentRelationshipId() > 0);
        QVERIFY(!add->isVisibleTo(&switcher));
        dialog->reject();
    }

    void manageOpensTheDialog()
    {
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
        RelationshipSwitcher switcher(*m_context);
        QTest::mouseClick(child<QPushButton>(&switcher, u"switcherManage"_s), Qt::LeftButton);
        auto *dialog = switcher.findChild<RelationshipsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->selectedRelationshipId(), sam);
        QCOMPARE(child<QLineEdit>(dialog, u"relationshipName"_s)->text(), u"Sam"_s);
        dialog->reject();
    }

    void addViaDialog()
    {
        RelationshipsDialog dialog(*m_context);
        QSignalSpy changed(m_context.get(), &SessionContext::relationshipsChanged);
        QCOMPARE(dialog.selectedRelationshipId(), 0); // nobody yet: ready to add

        // An empty name is explained inline and nothing is stored.
        auto *save = child<QPushButton>(&dialog, u"relationshipSave"_s);
        auto *error = child<QLabel>(&dialog, u"relationshipError"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY(error->text().contains(u"name"_s));
        QCOMPARE(repo().list(true)->size(), 0);
        QCOMPARE(changed.count(), 0);

        child<QLineEdit>(&dialog, u"relationshipName"_s)->setText(u"  J.M.  "_s);
        auto *kind = child<QComboBox>(&dialog, u"relationshipKind"_s);
        kind->setCurrentIndex(kind->findText(u"Co-parent"_s));
        child<QPlainTextEdit>(&dialog, u"relationshipNotes"_s)->setPlainText(u"Handovers on Sundays."_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!error->isVisibleTo(&dialog));

        const auto all = repo().list(true);
        QCOMPARE(all->size(), 1);
        const Relationship &r = all->first();
        QCOMPARE(r.name, u"J.M."_s);
        QCOMPARE(r.kind, RelationshipKind::CoParent);
        QCOMPARE(r.notes, u"Handovers on Sundays."_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_context->currentRelationshipId(), r.id);
        QCOMPARE(dialog.selectedRelationshipId(), r.id);
        QCOMPARE(listTexts(child<QListWidget>(&dialog, u"relationshipList"_s)), QStringList {u"J.M. · Co-parent"_s});

        // A second person does not take over the current one.
        QTest::mouseClick(child<QPushButton>(&dialog, u"relationshipAdd"_s), Qt::LeftButton);
        QCOMPARE(dialog.selectedRelationshipId(), 0);
        QVERIFY(child<QLineEdit>(&dialog, u"relationshipName"_s)->text().isEmpty());
        child<QLineEdit>(&dialog, u"relationshipName"_s)->setText(u"Dee"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(repo().list(true)->size(), 2);
        QCOMPARE(m_context->currentRelationshipId(), r.id);
    }

    void renameViaDialog()
    {
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner, u"notes"_s);
        Relationship stored = repo().get(sam).value();
        stored.nonNegotiables = QStringList {u"Shouting"_s};
        QVERIFY(repo().update(stored).ok());

        RelationshipSwitcher switcher(*m_context);
        RelationshipsDialog dialog(*m_context);
        QCOMPARE(dialog.selectedRelationshipId(), sam);
        auto *name = child<QLineEdit>(&dialog, u"relationshipName"_s);
        QCOMPARE(name->text(), u"Sam"_s);
        name->setText(u"S."_s);
        auto *kind = child<QComboBox>(&dialog, u"relationshipKind"_s);
        kind->setCurrentIndex(kind->findText(u"Friend"_s));
        QTest::mouseClick(child<QPushButton>(&dialog, u"relationshipSave"_s), Qt::LeftButton);

        const Relationship r = repo().get(sam).value();
        QCOMPARE(r.name, u"S."_s);
        QCOMPARE(r.kind, RelationshipKind::Friend);
        QCOMPARE(r.notes, u"notes"_s);
        QCOMPARE(r.nonNegotiables, QStringList {u"Shouting"_s}); // untouched
        QCOMPARE(comboTexts(switcher.comboBox()), QStringList {u"S. · Friend"_s});
        QCOMPARE(listTexts(child<QListWidget>(&dialog, u"relationshipList"_s)), QStringList {u"S. · Friend"_s});
        QVERIFY(child<QLabel>(&dialog, u"relationshipStatus"_s)->isVisibleTo(&dialog));
    }

    void archiveHidesFromSwitcherAndRestoreBringsBack()
    {
        const qint64 alex = addRelationship(u"Alex"_s, RelationshipKind::Family);
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
        m_context->setCurrentRelationship(alex);
        RelationshipSwitcher switcher(*m_context);
        RelationshipsDialog dialog(*m_context);
        QCOMPARE(dialog.selectedRelationshipId(), alex);

        auto *archive = child<QPushButton>(&dialog, u"relationshipArchive"_s);
        QCOMPARE(archive->accessibleName(), u"Archive"_s);
        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(repo().get(alex)->archived);
        QCOMPARE(comboTexts(switcher.comboBox()), QStringList {u"Sam · Partner"_s});
        // The current one was archived: the session moved on.
        QCOMPARE(m_context->currentRelationshipId(), sam);
        auto *list = child<QListWidget>(&dialog, u"relationshipList"_s);
        QCOMPARE(listTexts(list), (QStringList {u"Sam · Partner"_s, u"Alex · Family (archived)"_s}));
        QCOMPARE(list->item(1)->foreground().color(), dialog.palette().color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(dialog.selectedRelationshipId(), alex);
        QCOMPARE(archive->accessibleName(), u"Restore"_s);

        QTest::mouseClick(archive, Qt::LeftButton);
        QVERIFY(!repo().get(alex)->archived);
        QCOMPARE(comboTexts(switcher.comboBox()), (QStringList {u"Alex · Family"_s, u"Sam · Partner"_s}));
        QCOMPARE(m_context->currentRelationshipId(), sam);

        // Archiving the only active one leaves nothing current.
        QVERIFY(repo().setArchived(alex, true).ok());
        m_context->notifyRelationshipsChanged();
        dialog.selectRelationship(sam);
        QTest::mouseClick(archive, Qt::LeftButton);
        QCOMPARE(m_context->currentRelationshipId(), 0);
        QVERIFY(!switcher.comboBox()->isEnabled());
    }

    void deleteNamesWhatGoesAndCancelKeepsIt()
    {
        const qint64 alex = addRelationship(u"Alex"_s, RelationshipKind::Family);
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
        JournalRepository journal(*m_db);
        for (int i = 0; i < 3; ++i) {
            JournalEntry e;
            e.relationshipId = sam;
            e.occurredAt = QDateTime(QDate(2025, 3, 1 + i), QTime(18, 0));
            e.note = u"Call"_s;
            QVERIFY(journal.add(e).ok());
        }
        BoundaryRepository boundaries(*m_db);
        for (int i = 0; i < 2; ++i) {
            Boundary b;
            b.relationshipId = sam;
            b.behaviour = u"Calls after 10pm"_s;
            b.limit = u"No calls after 10pm"_s;
            b.consequence = u"I will not answer"_s;
            QVERIFY(boundaries.add(b).ok());
            for (int j = 0; j <= i; ++j) {
                Breach breach;
                breach.boundaryId = b.id;
                breach.occurredAt = QDateTime(QDate(2025, 3, 10 + j), QTime(23, 0));
                QVERIFY(boundaries.logBreach(breach).ok());
            }
        }
        m_context->setCurrentRelationship(sam);

        RelationshipsDialog dialog(*m_context);
        QCOMPARE(dialog.selectedRelationshipId(), sam);
        auto *remove = child<QPushButton>(&dialog, u"relationshipDelete"_s);
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox *box = dialog.deleteConfirmation();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"Sam"_s));
        QCOMPARE(box->informativeText(),
            u"This also deletes 3 journal notes and 2 boundaries with 3 crossings. This cannot be undone."_s);
        auto *cancel = child<QPushButton>(box, u"cancelDelete"_s);
        QCOMPARE(box->defaultButton(), cancel);
        QCOMPARE(box->escapeButton(), cancel);

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!dialog.deleteConfirmation());
        QVERIFY(repo().get(sam).ok());
        QCOMPARE(journal.count().value(), 3);
        QCOMPARE(m_context->currentRelationshipId(), sam);

        // Escape cancels too.
        QTest::mouseClick(remove, Qt::LeftButton);
        box = dialog.deleteConfirmation();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.deleteConfirmation());
        QVERIFY(repo().get(sam).ok());

        QSignalSpy changed(m_context.get(), &SessionContext::relationshipsChanged);
        QTest::mouseClick(remove, Qt::LeftButton);
        box = dialog.deleteConfirmation();
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, u"confirmDelete"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.deleteConfirmation());
        QVERIFY(!repo().get(sam).ok());
        QCOMPARE(journal.count().value(), 0);
        QCOMPARE(boundaries.list(sam, true)->size(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_context->currentRelationshipId(), alex);
        QCOMPARE(dialog.selectedRelationshipId(), alex);
        QCOMPARE(listTexts(child<QListWidget>(&dialog, u"relationshipList"_s)), QStringList {u"Alex · Family"_s});

        // The last one: nothing is current, the form is ready for someone new.
        QTest::mouseClick(remove, Qt::LeftButton);
        box = dialog.deleteConfirmation();
        QVERIFY(box);
        QCOMPARE(box->informativeText(), u"This cannot be undone."_s);
        QTest::mouseClick(child<QPushButton>(box, u"confirmDelete"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.deleteConfirmation());
        QCOMPARE(m_context->currentRelationshipId(), 0);
        QCOMPARE(dialog.selectedRelationshipId(), 0);
        QVERIFY(!remove->isEnabled());
    }

    void panelWithNoOneShowsEmptyState()
    {
        StrategyPanel panel(*m_context);
        QCOMPARE(panel.objectName(), u"strategyPanel"_s);
        auto *stack = panel.findChild<QStackedWidget *>();
        auto *empty = panel.findChild<EmptyState *>();
        QVERIFY(stack && empty);
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->actionButton()->isVisibleTo(empty));

        QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
        auto *dialog = panel.findChild<RelationshipsDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"relationshipName"_s)->setText(u"R"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"relationshipSave"_s), Qt::LeftButton);
        QVERIFY(stack->currentWidget() != empty);
        QCOMPARE(child<QLabel>(&panel, u"currentStrategy"_s)->text(), u"Not decided yet"_s);
        dialog->reject();
    }

    void strategyChangeIsKeptInHistoryNewestFirst()
    {
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
        const qint64 alex = addRelationship(u"Alex"_s, RelationshipKind::Family);
        m_context->setCurrentRelationship(sam);
        StrategyPanel panel(*m_context);
        auto *strategy = child<QLabel>(&panel, u"currentStrategy"_s);
        auto *history = child<QTreeWidget>(&panel, u"strategyHistory"_s);
        QCOMPARE(strategy->text(), u"Not decided yet"_s);
        QCOMPARE(child<QLabel>(&panel, u"strategyDescription"_s)->text(),
            RelationshipText::strategyDescription(Strategy::Undecided));
        QCOMPARE(history->topLevelItemCount(), 1);

        const auto change = [&](const QString &key, const QString &reason) {
            QTest::mouseClick(child<QPushButton>(&panel, u"changeStrategy"_s), Qt::LeftButton);
            auto *dialog = panel.findChild<StrategyChangeDialog *>();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            child<QRadioButton>(dialog, u"strategy_"_s + key)->click();
            child<QPlainTextEdit>(dialog, u"strategyReason"_s)->setPlainText(reason);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QTRY_VERIFY(!panel.findChild<StrategyChangeDialog *>());
        };

        change(u"limit"_s, u"Two bad weekends in a row."_s);
        QCOMPARE(repo().get(sam)->strategy, Strategy::Limit);
        QCOMPARE(strategy->text(), u"Limit contact"_s);
        change(u"cut"_s, u"The boundary about money was crossed again."_s);
        QCOMPARE(repo().get(sam)->strategy, Strategy::Cut);
        QCOMPARE(strategy->text(), u"End contact"_s);
        QCOMPARE(child<QLabel>(&panel, u"strategyDescription"_s)->text(),
            RelationshipText::strategyDescription(Strategy::Cut));

        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(history->topLevelItem(0)->text(1), u"End contact"_s);
        QCOMPARE(history->topLevelItem(0)->text(2), u"The boundary about money was crossed again."_s);
        QVERIFY(!history->topLevelItem(0)->text(0).isEmpty());
        QCOMPARE(history->topLevelItem(1)->text(1), u"Limit contact"_s);
        QCOMPARE(history->topLevelItem(1)->text(2), u"Two bad weekends in a row."_s);
        QCOMPARE(history->topLevelItem(2)->text(1), u"Not decided yet"_s);

        // Cancel changes nothing; the dialog starts on the current path.
        QTest::mouseClick(child<QPushButton>(&panel, u"changeStrategy"_s), Qt::LeftButton);
        auto *dialog = panel.findChild<StrategyChangeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->strategy(), Strategy::Cut);
        child<QRadioButton>(dialog, u"strategy_repair"_s)->click();
        dialog->reject();
        QTRY_VERIFY(!panel.findChild<StrategyChangeDialog *>());
        QCOMPARE(repo().get(sam)->strategy, Strategy::Cut);
        QCOMPARE(repo().strategyHistory(sam)->size(), 3);

        // Following the current relationship.
        m_context->setCurrentRelationship(alex);
        QCOMPARE(strategy->text(), u"Not decided yet"_s);
        QCOMPARE(history->topLevelItemCount(), 1);
    }

    void nonNegotiablesAndValuesAreSavedAndReloaded()
    {
        const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner, u"my notes"_s);
        m_context->setCurrentRelationship(sam);
        {
            StrategyPanel panel(*m_context);
            auto *nonNegotiables = child<ItemListEditor>(&panel, u"nonNegotiables"_s);
            auto *values = child<ItemListEditor>(&panel, u"values"_s);
            QVERIFY(nonNegotiables && values);

            nonNegotiables->field()->setText(u"Name-calling"_s);
            QTest::mouseClick(nonNegotiables->addButton(), Qt::LeftButton);
            nonNegotiables->field()->setText(u"Reading my phone"_s);
            QTest::keyClick(nonNegotiables->field(), Qt::Key_Return);
            nonNegotiables->field()->setText(u"Threats"_s);
            QTest::mouseClick(nonNegotiables->addButton(), Qt::LeftButton);
            values->field()->setText(u"Honesty"_s);
            QTest::mouseClick(values->addButton(), Qt::LeftButton);

            Relationship r = repo().get(sam).value();
            QCOMPARE(r.nonNegotiables, (QStringList {u"Name-calling"_s, u"Reading my phone"_s, u"Threats"_s}));
            QCOMPARE(r.values, QStringList {u"Honesty"_s});
            QCOMPARE(r.name, u"Sam"_s);
            QCOMPARE(r.kind, RelationshipKind::Partner);
            QCOMPARE(r.notes, u"my notes"_s);

            // Remove the selected line.
            nonNegotiables->list()->setCurrentRow(1);
            QTest::mouseClick(nonNegotiables->removeButton(), Qt::LeftButton);
            QCOMPARE(repo().get(sam)->nonNegotiables, (QStringList {u"Name-calling"_s, u"Threats"_s}));
            QCOMPARE(nonNegotiables->items(), (QStringList {u"Name-calling"_s, u"Threats"_s}));

            // Editing a line in place saves it too.
            nonNegotiables->list()->item(0)->setText(u"Name-calling, even as a joke"_s);
            QCOMPARE(repo().get(sam)->nonNegotiables, (QStringList {u"Name-calling, even as a joke"_s, u"Threats"_s}));
        }
        StrategyPanel panel(*m_context);
        QCOMPARE(child<ItemListEditor>(&panel, u"nonNegotiables"_s)->items(),
            (QStringList {u"Name-calling, even as a joke"_s, u"Threats"_s}));
        QCOMPARE(child<ItemListEditor>(&panel, u"values"_s)->items(), QStringList {u"Honesty"_s});
    }

    void keyboardReachesEveryControlWithAName_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("sidebar and panel") << u"page"_s;
        QTest::newRow("switcher with no one") << u"empty"_s;
        QTest::newRow("relationships dialog") << u"dialog"_s;
        QTest::newRow("strategy dialog") << u"strategy"_s;
    }

    void keyboardReachesEveryControlWithAName()
    {
        QFETCH(QString, which);
        if (which != u"empty"_s) {
            const qint64 sam = addRelationship(u"Sam"_s, RelationshipKind::Partner);
            Relationship r = repo().get(sam).value();
            r.nonNegotiables = QStringList {u"Threats"_s};
            QVERIFY(repo().update(r).ok());
            addRelationship(u"Alex"_s, RelationshipKind::Family);
            m_context->setCurrentRelationship(sam);
        }
        if (which == u"page"_s || which == u"empty"_s) {
            QWidget window;
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(new RelationshipSwitcher(*m_context));
            layout->addWidget(new StrategyPanel(*m_context), 1);
            window.resize(900, 1100);
            verifyKeyboardAndNames(&window);
            if (which == u"empty"_s) {
                QVERIFY(tabStops(&window).contains(child<QPushButton>(&window, u"switcherAdd"_s)));
                QVERIFY(tabStops(&window).contains(child<QPushButton>(&window, u"strategyAddSomeone"_s)));
            }
        } else if (which == u"dialog"_s) {
            RelationshipsDialog dialog(*m_context);
            verifyKeyboardAndNames(&dialog);
        } else {
            StrategyChangeDialog dialog(Strategy::Limit, u"Sam"_s);
            QCOMPARE(dialog.strategy(), Strategy::Limit);
            verifyKeyboardAndNames(&dialog);
        }
    }
};

QTEST_MAIN(TestRelationships)
#include "tst_relationships.moc"
