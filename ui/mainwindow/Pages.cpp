#include "Pages.h"

#include "MainWindow.h"
#include "SessionContext.h"
#include "assessment/AssessmentPage.h"
#include "assessment/LogisticsPanel.h"
#include "assessment/TrialPlanPanel.h"
#include "boundaries/BoundariesPage.h"
#include "checkins/CheckInsPage.h"
#include "dashboard/DashboardPage.h"
#include "journal/JournalPage.h"
#include "relationships/RelationshipSwitcher.h"
#include "relationships/StrategyPanel.h"
#include "safetyplan/SafetyPlanPage.h"
#include "scripts/ScriptsPage.h"

#include <QVBoxLayout>

namespace bearings::ui {

void Pages::populate(MainWindow &window, SessionContext &context)
{
    auto *switcher = new RelationshipSwitcher(context);
    window.setRelationshipSwitcher(switcher);

    // "Where I stand": taking stock, the chosen path, a fair trial, and the
    // practical steps of limiting or ending contact.
    auto *assessment = new AssessmentPage(context);
    auto *strategy = new StrategyPanel(context);
    auto *trialPlan = new TrialPlanPanel(context);
    auto *logistics = new LogisticsPanel(context);
    assessment->extraSections()->addWidget(strategy);
    assessment->extraSections()->addWidget(trialPlan);
    assessment->extraSections()->addWidget(logistics);
    QObject::connect(assessment, &AssessmentPage::startTrialPlanRequested, trialPlan, &TrialPlanPanel::startNewPlan);
    QObject::connect(
        assessment, &AssessmentPage::addRelationshipRequested, switcher, &RelationshipSwitcher::openAddDialog);
    window.setPage(Area::Assessment, assessment);

    window.setPage(Area::Dashboard, new DashboardPage(context));
    window.setPage(Area::Journal, new JournalPage(context));
    window.setPage(Area::Boundaries, new BoundariesPage(context));
    window.setPage(Area::CheckIns, new CheckInsPage(context));
    window.setPage(Area::Messages, new ScriptsPage(context));
    window.setPage(Area::SafetyPlan, new SafetyPlanPage(context));

    // Areas whose feature has not landed yet keep their empty state.
}

} // namespace bearings::ui
