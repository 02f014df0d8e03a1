#pragma once

#include "safetyplan/SafetyPlan.h"
#include "safetyplan/SafetyPlanDocument.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace bearings::ui {

class Card;
class ItemListEditor;
class RowListEditor;
class WrapLabel;

// Every part of the safety plan, one card per section in the order of the
// printed plan (DOMAIN.md section 8). Empty sections show a short prompt.
// Picking a region fills in its emergency number unless the person has
// typed their own. Emits edited() after every change the person makes,
// never after setPlan().
class SafetyPlanEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyPlanEditor)

public:
    explicit SafetyPlanEditor(QWidget *parent = nullptr);

    void setPlan(const SafetyPlan &plan);
    // What the fields hold now, without rows left blank.
    SafetyPlan plan() const;

    QComboBox *regionPicker() const { return m_region; }
    QLineEdit *emergencyNumber() const { return m_emergencyNumber; }
    RowListEditor *hotlines() const { return m_hotlines; }
    RowListEditor *contacts() const { return m_contacts; }
    QLineEdit *codeWord() const { return m_codeWord; }
    RowListEditor *safePlaces() const { return m_safePlaces; }
    ItemListEditor *ifTheyShowUp() const { return m_ifTheyShowUp; }
    ItemListEditor *exitSteps() const { return m_exitSteps; }
    RowListEditor *essentials() const { return m_essentials; }
    ItemListEditor *groundingTools() const { return m_groundingTools; }
    QPlainTextEdit *notes() const { return m_notes; }
    Card *card(SafetyPlanDocument::Section section) const { return m_cards.value(section); }

Q_SIGNALS:
    void edited();

private:
    void regionChosen(int index);
    void changed();
    void updatePrompts();

    Region m_currentRegion = Region::UnitedStates;
    SafetyPlan m_base;
    bool m_loading = false;
    QMap<SafetyPlanDocument::Section, Card *> m_cards;
    QMap<SafetyPlanDocument::Section, WrapLabel *> m_prompts;

    QComboBox *m_region;
    QLineEdit *m_emergencyNumber;
    WrapLabel *m_regionNote;
    RowListEditor *m_hotlines;
    RowListEditor *m_contacts;
    QLineEdit *m_codeWord;
    RowListEditor *m_safePlaces;
    ItemListEditor *m_ifTheyShowUp;
    ItemListEditor *m_exitSteps;
    RowListEditor *m_essentials;
    ItemListEditor *m_groundingTools;
    QPlainTextEdit *m_notes;
};

} // namespace bearings::ui
