#pragma once

#include <QWidget>

class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace bearings::ui {

class AssessmentHistory;
class AssessmentResultView;
class AssessmentWizard;
class Card;
class EmptyState;
class PageHeader;
class SessionContext;
class WrapLabel;

// "Where I stand": taking stock of the current relationship. An overview
// (start or continue the questions, the latest result, the history, and the
// panels other features add under extraSections()), the questions themselves,
// and a full result, one at a time. Follows the current relationship; answers
// in progress are kept as a draft before it changes.
class AssessmentPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentPage)

public:
    explicit AssessmentPage(SessionContext &context, QWidget *parent = nullptr);

    // Under the history on the overview: where other panels (strategy, trial
    // plan, practical steps) are added. Its object name is "extraSections".
    QVBoxLayout *extraSections() const { return m_extraSections; }

    AssessmentWizard *wizard() const { return m_wizard; }
    AssessmentResultView *resultView() const { return m_result; }
    AssessmentHistory *history() const { return m_history; }

    // Reads everything again for the current relationship and shows the overview.
    void reload();
    void showOverview();
    // Opens the questions, resuming a draft if there is one.
    void startAssessment();
    // Opens fresh questions; a draft is replaced once these are saved.
    void startAfresh();
    void showResult(qint64 assessmentId);

Q_SIGNALS:
    // There is no relationship yet and the person asked to add one.
    void addRelationshipRequested();
    // "Start a trial plan" on a result.
    void startTrialPlanRequested();

private:
    void keepWizardProgress();
    void updateOverview();

    SessionContext &m_context;
    PageHeader *m_header;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QScrollArea *m_overview;
    AssessmentWizard *m_wizard;
    AssessmentResultView *m_result;

    Card *m_takeStock;
    WrapLabel *m_draftText;
    QPushButton *m_start;
    QPushButton *m_continue;
    QPushButton *m_restart;
    QWidget *m_latest;
    WrapLabel *m_latestText;
    QPushButton *m_seeLatest;
    qint64 m_latestId = 0;
    AssessmentHistory *m_history;
    QVBoxLayout *m_extraSections;
};

} // namespace bearings::ui
