#pragma once

#include "SafetyPlanExport.h"
#include "print/HtmlDocumentExport.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace bearings::ui {

class NoticeBar;
class SafetyPlanEditor;
class SessionContext;
class WrapLabel;

// The safety plan (DOMAIN.md section 8): an editor for every part of it, a
// view of the plan as it prints, printing with a preview, export to PDF,
// HTML, text and Markdown, and a wallet card with the essentials. Changes
// are saved into the vault as they are made.
class SafetyPlanPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyPlanPage)

public:
    explicit SafetyPlanPage(SessionContext &context, QWidget *parent = nullptr);

    SafetyPlanEditor *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }

    HtmlDocumentExport::Paper paper() const;
    void setPaper(HtmlDocumentExport::Paper paper);
    bool isPreviewShown() const;
    // The plan or the card as it prints now, dated by the database's clock.
    QString documentHtml(bool card = false) const;

public Q_SLOTS:
    // Re-reads the stored plan into the editor.
    void reload();
    // Saves what the editor holds now, if it differs from what is stored.
    bool saveNow();
    void showEditor();
    void showPreview();
    void print();
    void printPreview();
    void printCard();
    void previewCard();
    // Returns the file written, or empty.
    QString exportPlan(bearings::ui::SafetyPlanExport::Format format);
    QString exportCard(bearings::ui::SafetyPlanExport::Format format);

private:
    void edited();
    void databaseChanged();
    void updateSafetyLine();
    void refreshPreview();
    QString exportTo(const SafetyPlanExport::Request &request, const QString &caption, const QString &name);
    SafetyPlanExport::Request request(SafetyPlanExport::Format format, bool card) const;
    HtmlDocumentExport::Layout printLayout(bool card) const;
    void showError(const QString &message);

    SessionContext &m_context;
    bool m_saving = false;
    bool m_paperChosen = false;

    NoticeBar *m_notice;
    WrapLabel *m_safetyLine;
    QPushButton *m_editMode;
    QPushButton *m_previewMode;
    QComboBox *m_paper;
    QPushButton *m_print;
    QPushButton *m_printPreview;
    QPushButton *m_export;
    QPushButton *m_card;
    QStackedWidget *m_stack;
    SafetyPlanEditor *m_editor;
    QTextBrowser *m_preview;
    QTimer *m_saveTimer;
};

} // namespace bearings::ui
