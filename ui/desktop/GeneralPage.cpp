#include "GeneralPage.h"

#include "Language.h"
#include "common/Card.h"
#include "common/WrapLabel.h"
#include "safetyplan/SafetyPlanDocument.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

WrapLabel *caption(const QString &text = {})
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

QFormLayout *form()
{
    auto *layout = new QFormLayout;
    layout->setSpacing(Spacing::Small);
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return layout;
}

} // namespace

GeneralPage::GeneralPage(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox)
    , m_languageNote(caption())
    , m_theme(new QComboBox)
    , m_region(new QComboBox)
    , m_regionNote(caption())
{
    setObjectName(u"generalPage"_s);
    setAccessibleName(tr("General"));

    // Language.
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    const auto languages = Language::choices();
    for (const Language::Choice &choice : languages)
        m_language->addItem(choice.name, choice.code);
    m_languageNote->setObjectName(u"languageNote"_s);
    auto *languageCard = new Card(tr("Language"));
    auto *languageForm = form();
    auto *languageLabel = new QLabel(tr("La&nguage"));
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    languageCard->body()->addLayout(languageForm);
    languageCard->body()->addWidget(m_languageNote);

    // Look.
    m_theme->setObjectName(u"theme"_s);
    m_theme->setAccessibleName(tr("Light or dark"));
    m_theme->addItem(tr("Same as this computer"), int(Theme::Mode::System));
    m_theme->addItem(tr("Light"), int(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Mode::Dark));
    auto *themeCard = new Card(tr("Look"));
    auto *themeForm = form();
    auto *themeLabel = new QLabel(tr("Light or &dark"));
    themeLabel->setBuddy(m_theme);
    themeForm->addRow(themeLabel, m_theme);
    themeCard->body()->addLayout(themeForm);
    themeCard->body()->addWidget(caption(tr("You see the change at once. Cancel puts the previous look back.")));

    // Region.
    m_region->setObjectName(u"region"_s);
    m_region->setAccessibleName(tr("Where you live"));
    for (const Region region : SafetyPlanDocument::kRegions) {
        const QString number = SafetyPlanRepository::emergencyNumberFor(region);
        const QString name = SafetyPlanDocument::regionName(region);
        m_region->addItem(number.isEmpty() ? name : tr("%1 (%2)").arg(name, number), int(region));
    }
    m_regionNote->setObjectName(u"regionNote"_s);
    auto *regionCard = new Card(tr("Emergency number"));
    auto *regionForm = form();
    auto *regionLabel = new QLabel(tr("&Where you live"));
    regionLabel->setBuddy(m_region);
    regionForm->addRow(regionLabel, m_region);
    regionCard->body()->addLayout(regionForm);
    regionCard->body()->addWidget(m_regionNote);
    regionCard->body()->addWidget(
        caption(tr("This number is shown in Help, even before your vault is open, and a new safety plan starts with "
                   "it. Once your safety plan is saved, it keeps its own region: change it there.")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(languageCard);
    layout->addWidget(themeCard);
    layout->addWidget(regionCard);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralPage::updateLanguageNote);
    connect(m_region, &QComboBox::currentIndexChanged, this, &GeneralPage::updateRegionNote);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT themeChosen(themeMode()); });
    updateLanguageNote();
    updateRegionNote();
}

void GeneralPage::load(const Settings &settings)
{
    m_loadedLanguage = settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
    {
        // Loading is not choosing: no preview.
        const QSignalBlocker blocker(m_theme);
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(Theme::modeFromKey(settings.theme())))));
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(int(settings.region()))));
    updateLanguageNote();
    updateRegionNote();
}

void GeneralPage::save(Settings &settings) const
{
    settings.setLanguage(m_language->currentData().toString());
    settings.setTheme(Theme::key(themeMode()));
    settings.setRegion(static_cast<Region>(m_region->currentData().toInt()));
}

Theme::Mode GeneralPage::themeMode() const
{
    return static_cast<Theme::Mode>(m_theme->currentData().toInt());
}

void GeneralPage::updateLanguageNote()
{
    const bool changed = m_language->currentData().toString() != m_loadedLanguage;
    m_languageNote->setText(changed ? tr("The new language applies the next time you start Bearings.")
                                    : tr("A new language applies the next time you start Bearings."));
}

void GeneralPage::updateRegionNote()
{
    const auto region = static_cast<Region>(m_region->currentData().toInt());
    const QString note = SafetyPlanDocument::regionNote(region);
    m_regionNote->setText(note);
    m_regionNote->setVisible(!note.isEmpty());
}

} // namespace bearings::ui
