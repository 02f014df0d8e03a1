#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace bearings::ui {

class SessionContext;
class WrapLabel;

// "Incident report": a factual, dated record of one relationship's incidents
// for a lawyer, HR or an advocate, over a range of dates, saved as PDF or
// HTML or printed. The document itself comes from core (IncidentReport).
class IncidentReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentReportDialog)

public:
    explicit IncidentReportDialog(SessionContext &context, QWidget *parent = nullptr);

    // The report for the dates chosen now, or empty with the problem shown.
    QString reportHtml();
    int incidentCount() const { return m_count; }

public Q_SLOTS:
    // Asks where to save (PDF or HTML by the chosen format) and writes it.
    void save();
    void print();

private:
    void updateCount();
    void showMessage(const QString &text, bool problem);

    SessionContext &m_context;
    int m_count = 0;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QComboBox *m_paper;
    QLabel *m_countLabel;
    WrapLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace bearings::ui
