#pragma once

#include "assessment/Assessment.h"
#include "assessment/Questionnaire.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace bearings::ui {

class AssessmentQuestionRow;
class NoticeBar;
class SessionContext;
class WrapLabel;

// The questionnaire, one group per step: how it affects you, what could help,
// what keeps happening, your safety, then reflections that are never scored.
// Questions can be left blank; they count as "no" or "never" only when the
// person finishes. "Save and finish later" keeps a draft that opening the
// wizard again for the same relationship resumes, answers and step.
class AssessmentWizard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentWizard)

public:
    explicit AssessmentWizard(SessionContext &context, QWidget *parent = nullptr);

    // Starts for the current relationship, resuming its draft if it has one.
    void open();
    // Starts a fresh sitting for the current relationship; an old draft is
    // replaced when this one is saved or finished.
    void openFresh();

    qint64 relationshipId() const { return m_assessment.relationshipId; }
    int currentStep() const { return m_step; } // 0-based
    int stepCount() const { return static_cast<int>(m_rows.size()); }
    bool hasUnsavedChanges() const { return m_dirty; }
    // The answers as they stand: unanswered questions are left out.
    QMap<QString, int> answers() const;
    QMap<QString, QString> reflections() const;

    // Keeps what has been answered as a draft (and which step it was on).
    // Returns false, and says why on the wizard, if it could not be saved.
    bool saveDraft();

    void goToStep(int step);
    void next();
    void back();
    // Scores and stores the sitting; emits finished() on success.
    void finish();
    // Puts the keyboard on the first answer of the current step.
    void focusFirstInput();

Q_SIGNALS:
    void finished(qint64 assessmentId);
    // After "Save and finish later".
    void draftSaved(qint64 relationshipId);

private:
    void build();
    QWidget *buildStep(QuestionGroup group);
    void load(const Assessment &assessment, int step);
    int resumeStep(const Assessment &assessment) const;
    void updateNavigation();
    void updateSafetyNote();

    SessionContext &m_context;
    Questionnaire m_questionnaire;
    Assessment m_assessment;
    int m_step = 0;
    bool m_dirty = false;
    bool m_loading = false;
    // The step a saved draft was on, per relationship, for this session; after
    // a lock the step is worked out from the answers.
    QHash<qint64, int> m_savedSteps;

    NoticeBar *m_notice;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QStackedWidget *m_steps;
    QList<QScrollArea *> m_scrolls;
    QList<QList<AssessmentQuestionRow *>> m_rows;
    WrapLabel *m_safetyNote = nullptr;
    WrapLabel *m_finishNote;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_saveLater;
    QPushButton *m_finish;
};

} // namespace bearings::ui
