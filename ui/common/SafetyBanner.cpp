#include "SafetyBanner.h"

#include "common/Icons.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "safetyplan/SafetyPlan.h"
#include "safetyplan/SafetyPlanRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kIconSize = 32;
constexpr qreal kTint = 0.07;

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

WrapLabel *wrapped(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new WrapLabel(text, parent);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

} // namespace

SafetyBanner::SafetyBanner(const SafetyPlan &plan, const QString &why, QWidget *parent)
    : QFrame(parent)
{
    const QColor safety = Theme::accent(Theme::Accent::Safety);
    setObjectName(u"safetyBanner"_s);
    setAccessibleName(tr("Your safety comes first"));
    setStyleSheet(u"QFrame#safetyBanner { background: %1; border: 2px solid %2; border-radius: %3px; }"_s.arg(
        blend(palette().color(QPalette::Base), safety, kTint).name(), safety.name(), QString::number(Radius::Card)));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(u"safetyplan"_s, safety).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *title = wrapped(tr("Your safety comes first"), this, u"safetyTitle"_s);
    title->setFont(Theme::font(Theme::TextStyle::PageTitle));
    QPalette titlePalette = title->palette();
    titlePalette.setColor(QPalette::WindowText, safety);
    title->setPalette(titlePalette);

    QString emergency = plan.emergencyNumber.trimmed();
    if (emergency.isEmpty())
        emergency = SafetyPlanRepository::emergencyNumberFor(plan.region);
    QList<Hotline> hotlines = plan.hotlines;
    if (hotlines.isEmpty())
        hotlines = SafetyPlanRepository::defaultPlan().hotlines;

    auto *emergencyLabel
        = wrapped(emergency.isEmpty() ? tr("If you are in danger right now, call your local emergency number.")
                                      : tr("If you are in danger right now, call %1.").arg(emergency),
            this, u"safetyEmergency"_s);
    emergencyLabel->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    emergencyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setSpacing(Spacing::Small);
    text->addWidget(title);
    text->addWidget(wrapped(why, this, u"safetyWhy"_s));
    text->addWidget(emergencyLabel);
    for (const Hotline &h : std::as_const(hotlines)) {
        QString line
            = h.tty.isEmpty() ? tr("%1: %2").arg(h.name, h.phone) : tr("%1: %2 (TTY %3)").arg(h.name, h.phone, h.tty);
        if (!h.notes.isEmpty())
            line = tr("%1. %2").arg(line, h.notes);
        auto *hotline = wrapped(line, this, u"safetyHotline"_s);
        hotline->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->addWidget(hotline);
    }
    auto *abuse = wrapped(tr("Abuse is not a relationship problem to fix together. It is not your fault, and you "
                             "do not have to face it alone."),
        this, u"safetyAbuse"_s);
    QFont abuseFont = abuse->font();
    abuseFont.setWeight(QFont::DemiBold);
    abuse->setFont(abuseFont);
    text->addWidget(abuse);

    auto *open = new QPushButton(tr("Open your safety plan"), this);
    open->setObjectName(u"openSafetyPlan"_s);
    open->setAccessibleName(tr("Open your safety plan"));
    open->setStyleSheet(
        u"QPushButton#openSafetyPlan { background: %1; color: %2; border: 2px solid %1; border-radius: %3px; "
        "padding: 6px 16px; font-weight: 600; }"
        "QPushButton#openSafetyPlan:focus { border-color: %4; }"
        "QPushButton#openSafetyPlan:pressed { background: %5; }"_s.arg(safety.name(), u"#ffffff"_s,
            QString::number(Radius::Control), palette().color(QPalette::WindowText).name(), safety.darker(120).name()));
    connect(open, &QPushButton::clicked, this, &SafetyBanner::openPlanRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(open);
    buttonRow->addStretch(1);
    text->addSpacing(Spacing::XSmall);
    text->addLayout(buttonRow);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    row->setSpacing(Spacing::Large);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
}

} // namespace bearings::ui
