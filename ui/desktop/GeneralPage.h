#pragma once

#include "common/Theme.h"

#include <QWidget>

class QComboBox;

namespace bearings {
class Settings;
}

namespace bearings::ui {

class WrapLabel;

// The "General" tab of the settings dialog: language (applied at the next
// start), light or dark (applied at once as a preview; the dialog keeps or
// undoes it), and the region for the emergency number. It only edits; the
// dialog decides when the values are saved.
class GeneralPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralPage)

public:
    explicit GeneralPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void save(Settings &settings) const;

    Theme::Mode themeMode() const;

Q_SIGNALS:
    // The person picked another look; the dialog shows it at once.
    void themeChosen(bearings::ui::Theme::Mode mode);

private:
    void updateLanguageNote();
    void updateRegionNote();

    QString m_loadedLanguage;
    QComboBox *m_language;
    WrapLabel *m_languageNote;
    QComboBox *m_theme;
    QComboBox *m_region;
    WrapLabel *m_regionNote;
};

} // namespace bearings::ui
