#pragma once

#include "scripts/ScriptTemplate.h"
#include "scripts/TemplateLibrary.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace bearings::ui {

class ScriptEditor;
class WrapLabel;

// Choosing a template to start a new draft from: a search field (words in the
// title, summary, text or kind), a kind filter, the matching templates, and a
// highlighted preview of the selected one. Type, press Down to go through the
// list, Enter to use the template.
class TemplatePickerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePickerDialog)

public:
    explicit TemplatePickerDialog(const TemplateLibrary &library, QWidget *parent = nullptr);

    std::optional<ScriptTemplate> selectedTemplate() const;
    const QList<ScriptTemplate> &shownTemplates() const { return m_shown; }
    // Selects the template with this id if it is shown.
    bool selectTemplate(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter();
    void updatePreview();

    TemplateLibrary m_library;
    QList<ScriptTemplate> m_shown;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QListWidget *m_list;
    QLabel *m_count;
    WrapLabel *m_kindText;
    ScriptEditor *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace bearings::ui
