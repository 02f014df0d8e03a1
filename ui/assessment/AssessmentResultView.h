#pragma once

#include "assessment/Assessment.h"
#include "assessment/Questionnaire.h"
#include "mainwindow/Area.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace bearings::ui {

class NoticeBar;
class SessionContext;

// One finished assessment: what the answers suggest, the answers that led
// there, what each path involves, and next steps. When any safety question
// was answered yes, a safety banner comes first: the emergency number, the
// hotline and the safety plan, and no suggestion to work on it together.
class AssessmentResultView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentResultView)

public:
    explicit AssessmentResultView(SessionContext &context, QWidget *parent = nullptr);

    // Loads and shows a finished assessment; false (with a calm message) if it
    // cannot be read.
    bool showAssessment(qint64 assessmentId);
    qint64 assessmentId() const { return m_assessmentId; }
    std::optional<Suggestion> suggestion() const { return m_suggestion; }
    // Puts the keyboard on the first control of the result.
    void focusFirst();

Q_SIGNALS:
    void startTrialPlanRequested();
    void backRequested();

private:
    QWidget *buildContent(const Assessment &assessment, const AssessmentResult &result, Suggestion suggestion);
    QWidget *buildSafetyBanner(QWidget *parent);
    QWidget *buildDrivers(const AssessmentResult &result, Suggestion suggestion, QWidget *parent);
    QWidget *buildPaths(Suggestion suggestion, QWidget *parent);
    QWidget *buildNextSteps(Suggestion suggestion, QWidget *parent);
    QPushButton *navigateButton(
        Area area, const QString &objectName, const QString &text, const QString &accessibleName, QWidget *parent);

    SessionContext &m_context;
    Questionnaire m_questionnaire;
    qint64 m_assessmentId = 0;
    std::optional<Suggestion> m_suggestion;

    NoticeBar *m_notice;
    QScrollArea *m_scroll;
    QPushButton *m_back;
};

} // namespace bearings::ui
