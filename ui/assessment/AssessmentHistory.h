#pragma once

#include "assessment/Questionnaire.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace bearings::ui {

class SessionContext;
class WrapLabel;

// Finished assessments of the current relationship side by side, newest
// first: the date, the suggestion, and how strongly each group of questions
// was answered, so changes over time are easy to see. Clicking a row, or
// pressing Enter on it, asks to show that result.
class AssessmentHistory final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentHistory)

public:
    enum Column { DateColumn, SuggestionColumn, HarmColumn, RepairColumn, CutColumn, RedFlagsColumn, ColumnCount };

    explicit AssessmentHistory(SessionContext &context, QWidget *parent = nullptr);

    // Reads the assessments of the current relationship again.
    void reload();
    int count() const { return static_cast<int>(m_ids.size()); }
    // The assessment shown in a row (0 when out of range).
    qint64 assessmentAt(int row) const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void showResult(qint64 assessmentId);

private:
    void fitHeight();

    SessionContext &m_context;
    Questionnaire m_questionnaire;
    QList<qint64> m_ids;
    QTableWidget *m_table;
    WrapLabel *m_empty;
    WrapLabel *m_hint;
};

} // namespace bearings::ui
