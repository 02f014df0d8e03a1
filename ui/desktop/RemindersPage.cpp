#include "RemindersPage.h"

#include "TrayReminder.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

WrapLabel *caption(const QString &text)
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

} // namespace

RemindersPage::RemindersPage(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox)
    , m_weekday(new QComboBox)
    , m_time(new QTimeEdit)
    , m_trayNote(caption(QString()))
{
    setObjectName(u"remindersPage"_s);
    setAccessibleName(tr("Reminders"));

    m_enabled->setObjectName(u"reminderEnabled"_s);
    m_enabled->setText(tr("Remind me once a &week to check in"));
    m_enabled->setAccessibleName(tr("Remind me once a week to check in"));

    // The week starts where the person's locale starts it.
    m_weekday->setObjectName(u"reminderWeekday"_s);
    m_weekday->setAccessibleName(tr("Reminder day"));
    const QLocale locale;
    const int first = int(locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i) {
        const int day = (first - 1 + i) % 7 + 1;
        m_weekday->addItem(locale.standaloneDayName(day, QLocale::LongFormat), day);
    }
    m_time->setObjectName(u"reminderTime"_s);
    m_time->setAccessibleName(tr("Reminder time"));
    m_time->setDisplayFormat(locale.timeFormat(QLocale::ShortFormat));
    if (auto *inner = m_time->findChild<QLineEdit *>())
        inner->setAccessibleName(m_time->accessibleName());

    auto *card = new Card(tr("Weekly check-in"));
    card->body()->addWidget(m_enabled);
    auto *form = new QFormLayout;
    form->setSpacing(Spacing::Small);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *dayLabel = new QLabel(tr("&Day"));
    dayLabel->setBuddy(m_weekday);
    auto *timeLabel = new QLabel(tr("T&ime"));
    timeLabel->setBuddy(m_time);
    form->addRow(dayLabel, m_weekday);
    form->addRow(timeLabel, m_time);
    card->body()->addLayout(form);
    card->body()->addWidget(caption(tr("The reminder only says “%1”. It never shows a name or anything you wrote, and "
                                       "in discreet mode it looks like any notes app.")
                                        .arg(TrayReminder::messageText())));
    card->body()->addWidget(caption(tr("It appears only while Bearings is running, also when it stays hidden and "
                                       "locked after a quick exit. Clicking it shows the locked window.")));
    m_trayNote->setObjectName(u"trayNote"_s);
    m_trayNote->setText(tr("This desktop has no notification area that Bearings can use, so reminders cannot "
                           "appear here."));
    m_trayNote->setVisible(!QSystemTrayIcon::isSystemTrayAvailable());
    card->body()->addWidget(m_trayNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, this, &RemindersPage::updateEnabled);
    updateEnabled();
}

void RemindersPage::load(const Settings &settings)
{
    m_enabled->setChecked(settings.reminderEnabled());
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(settings.reminderWeekday())));
    m_time->setTime(settings.reminderTime());
    updateEnabled();
}

void RemindersPage::save(Settings &settings) const
{
    settings.setReminderEnabled(m_enabled->isChecked());
    settings.setReminderWeekday(m_weekday->currentData().toInt());
    settings.setReminderTime(m_time->time());
}

void RemindersPage::updateEnabled()
{
    m_weekday->setEnabled(m_enabled->isChecked());
    m_time->setEnabled(m_enabled->isChecked());
}

} // namespace bearings::ui
